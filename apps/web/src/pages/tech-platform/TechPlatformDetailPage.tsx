import { useParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { TechPlatformDetail } from '../../modules/tech-platform/TechPlatformDetail';

/** /tech-platform/platforms/:id and /tech-platform/mine/:id (the server decides what the user may see). */
export default function TechPlatformDetailPage() {
  const { id } = useParams();
  return (
    <PageContainer title="创新平台详情">
      <TechPlatformDetail key={id} id={Number(id)} />
    </PageContainer>
  );
}
