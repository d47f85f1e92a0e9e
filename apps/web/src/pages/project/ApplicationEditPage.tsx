import { useParams, useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { ApplicationEditor } from '../../modules/project/ApplicationEditor';

/** /project/mine/new?callId= and /project/mine/:id/edit */
export default function ApplicationEditPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const callId = Number(search.get('callId')) || null;
  return (
    <PageContainer title={id ? '修改申报书' : '新建申报'}>
      <ApplicationEditor key={id ?? `new-${callId}`} applicationId={id ? Number(id) : null} callId={callId} />
    </PageContainer>
  );
}
