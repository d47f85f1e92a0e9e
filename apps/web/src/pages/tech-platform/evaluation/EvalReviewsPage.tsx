import { PageContainer } from '@ant-design/pro-components';
import { EvalRoundTable } from '../../../modules/tech-platform/evaluation/EvalRoundTable';

export default function EvalReviewsPage() {
  return (
    <PageContainer content="只显示指派给您的平台；打开批次，对每个平台按评价指标打分，提交后不可修改。">
      <EvalRoundTable title="指派给我的平台评价" />
    </PageContainer>
  );
}
