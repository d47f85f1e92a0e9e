import { PageContainer } from '@ant-design/pro-components';
import { ScoringTable } from '../../modules/tech-demand/ScoringTable';
import { usePageTitle } from '../../ui/page-title';

/** /tech-demand/scoring: the expert's own 论证 tasks. */
export default function ScoringPage() {
  usePageTitle('需求论证打分');
  return (
    <PageContainer content="分配给您的揭榜挂帅需求：四项指标各 0–100 分，确认提交后不能修改。">
      <ScoringTable />
    </PageContainer>
  );
}
