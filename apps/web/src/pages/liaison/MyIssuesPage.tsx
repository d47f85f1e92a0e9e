import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../ui/page-title';
import { IssueTable } from '../../modules/liaison/IssueTable';

export default function MyIssuesPage() {
  const [params] = useSearchParams();
  usePageTitle('我的诉求');
  return (
    <PageContainer content="包联干部走访时记录的本单位诉求；办结后请确认，或写明原因退回重办。">
      <IssueTable actor="enterprise" ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
