import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { FundingTable } from '../../modules/project/FundingTable';

export default function FundingPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="项目资金的下达、分配、拨付与企业自筹配套；金额以万元显示；合计按类型与来源级别分列（同一笔资金的下达与拨付不相加），为全部筛选结果的精确合计。">
      <FundingTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
