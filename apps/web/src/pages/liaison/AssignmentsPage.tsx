import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../ui/page-title';
import { AssignmentTable } from '../../modules/liaison/AssignmentTable';

export default function AssignmentsPage() {
  const [params] = useSearchParams();
  usePageTitle('包联分配');
  return (
    <PageContainer content="干部包企业：一家企业同一时间只有一名包联干部；可按规上、高企、创新型企业批量分配，先预览再确认。">
      <AssignmentTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
