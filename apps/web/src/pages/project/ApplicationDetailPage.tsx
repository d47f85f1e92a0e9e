import { useParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { ApplicationDetail } from '../../modules/project/ApplicationDetail';

/** /project/applications/:id (staff, leaders) and /project/mine/:id (the applicant). */
export default function ApplicationDetailPage() {
  const { id } = useParams();
  return (
    <PageContainer title="申报书详情">
      <ApplicationDetail key={id} id={Number(id)} />
    </PageContainer>
  );
}
