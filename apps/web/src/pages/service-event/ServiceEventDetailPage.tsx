import { useParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { ServiceEventDetail } from '../../modules/service-event/ServiceEventDetail';

/** /service-event/events/:id (the server decides what the user may see). */
export default function ServiceEventDetailPage() {
  const { id } = useParams();
  return (
    <PageContainer title="活动详情">
      <ServiceEventDetail key={id} id={Number(id)} />
    </PageContainer>
  );
}
