import { PageContainer } from '@ant-design/pro-components';
import { CheckRuleTable } from '../../modules/rd/CheckRuleTable';

export default function CheckRulesPage() {
  return (
    <PageContainer content="填报表保存、提交和审核时运行的核查规则。结构性校验（分项与合计的关系等）固定不变；其余规则可调整级别、开关和阈值，修改留痕。">
      <CheckRuleTable />
    </PageContainer>
  );
}
