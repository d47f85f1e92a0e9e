import { PageContainer } from '@ant-design/pro-components';
import { FundingTable } from '../../modules/project/FundingTable';

export default function FundingPage() {
  return (
    <PageContainer content="项目资金的下达、分配、拨付与企业自筹配套；金额以万元显示，合计为全部筛选结果的精确合计。">
      <FundingTable />
    </PageContainer>
  );
}
