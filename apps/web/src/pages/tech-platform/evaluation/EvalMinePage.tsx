import { PageContainer } from '@ant-design/pro-components';
import { EvalRoundTable } from '../../../modules/tech-platform/evaluation/EvalRoundTable';

export default function EvalMinePage() {
  return (
    <PageContainer content="本单位运营的孵化器、众创空间参加的综合评价：在“开放填报”阶段填报并提交年度数据。">
      <EvalRoundTable title="本单位平台的评价批次" />
    </PageContainer>
  );
}
