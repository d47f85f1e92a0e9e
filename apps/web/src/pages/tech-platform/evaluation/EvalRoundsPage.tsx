import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { EvalRoundTable } from '../../../modules/tech-platform/evaluation/EvalRoundTable';

export default function EvalRoundsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="省级科技企业孵化器、众创空间综合评价：定量计算 + 专家定性 + 地方管理评价 → A 优秀 / B 良好 / C 合格 / D 不合格。">
      <EvalRoundTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
