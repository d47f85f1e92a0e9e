import { useParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { ApplicationDetail } from '../../modules/project/ApplicationDetail';

export default function MyApplicationDetailPage() {
  const { id } = useParams();
  return (
    <PageContainer title="申报书详情">
      <ApplicationDetail key={id} id={Number(id)} applicantView />
    </PageContainer>
  );
}
