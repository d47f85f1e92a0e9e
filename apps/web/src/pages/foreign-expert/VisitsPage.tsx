import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { VisitTable } from '../../modules/foreign-expert/VisitTable';
import { usePageTitle } from '../../ui/page-title';

export default function VisitsPage() {
  const [params] = useSearchParams();
  usePageTitle('外国专家来访指导');
  return (
    <PageContainer content="外国专家到名录企业的来访、技术指导记录；每家服务企业的企业档案时间线同步记录。">
      <VisitTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
