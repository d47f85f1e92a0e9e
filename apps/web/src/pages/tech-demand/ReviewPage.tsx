import { PageContainer } from '@ant-design/pro-components';
import { CallTable } from '../../modules/tech-demand/CallTable';
import { usePageTitle } from '../../ui/page-title';

/** /tech-demand/review: calls under 论证 — assign experts, follow the scores, confirm the ranking. */
export default function ReviewPage() {
  usePageTitle('论证评审');
  return (
    <PageContainer content="专家按产业带动作用、研究基础、技术指标、财务指标四项打分；评分全部确认后按前 N 名或分数线确认排名。">
      <CallTable reviewOnly />
    </PageContainer>
  );
}
