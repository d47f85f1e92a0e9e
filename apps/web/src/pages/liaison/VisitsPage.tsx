import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../ui/page-title';
import { VisitTable } from '../../modules/liaison/VisitTable';

export default function VisitsPage() {
  const [params] = useSearchParams();
  usePageTitle('走访记录');
  return (
    <PageContainer content="走访登记：日期、形式、见面人员、宣讲政策、企业疑问与提出的问题。">
      <VisitTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
