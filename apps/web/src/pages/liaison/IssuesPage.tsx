import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../ui/page-title';
import { IssueTable } from '../../modules/liaison/IssueTable';

export default function IssuesPage() {
  const [params] = useSearchParams();
  usePageTitle('问题办理');
  return (
    <PageContainer content="企业诉求：待办 → 办理中 → 已办结（须填写办理答复）→ 企业确认；企业可退回重办。">
      <IssueTable actor="staff" ids={params.get('ids') ?? undefined} overdue={params.get('overdue') ?? undefined} />
    </PageContainer>
  );
}
