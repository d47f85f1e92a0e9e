import { useParams } from 'react-router-dom';
import { NotFound } from '../../modules/shell/NotFound';
import { EnterpriseDetail } from '../../modules/enterprise/detail/EnterpriseDetail';

export default function EnterpriseDetailPage() {
  const id = Number(useParams().id);
  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  return <EnterpriseDetail key={id} id={id} />;
}
