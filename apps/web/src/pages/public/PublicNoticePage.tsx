import { useParams } from 'react-router-dom';
import { PublicNoticeDetail } from '../../modules/enterprise/notices/PublicNoticeDetail';

/** /public/notices/:id — the page citizens and enterprises are sent to. */
export default function PublicNoticePage() {
  const id = Number(useParams().id) || null;
  return <PublicNoticeDetail key={id} id={id} />;
}
