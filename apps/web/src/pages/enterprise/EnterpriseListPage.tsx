import { useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { EnterpriseTable } from '../../modules/enterprise/EnterpriseTable';

/** 企业名录; a report fact's link passes ?ids= to show exactly its enterprises. */
export default function EnterpriseListPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="县域内服务的企事业单位，按统一社会信用代码登记；梯度标签显示各梯度最新一条资质记录的阶段。">
      <EnterpriseTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
