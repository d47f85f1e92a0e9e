import { PageContainer } from '@ant-design/pro-components';
import { ExpertTable } from '../../modules/project/ExpertTable';

export default function ExpertsPage() {
  return (
    <PageContainer content="评审专家的工作单位与回避声明；指派评审时与申报单位存在关联的专家将被拒绝。">
      <ExpertTable />
    </PageContainer>
  );
}
