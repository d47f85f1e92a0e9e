import { PageContainer } from '@ant-design/pro-components';
import { CultivationPool } from '../../modules/enterprise/pool/CultivationPool';

export default function PoolPage() {
  return (
    <PageContainer content="按认定规则评估名录中的企业距下一梯度还差什么；已持有有效资格的企业不在库中。">
      <CultivationPool />
    </PageContainer>
  );
}
