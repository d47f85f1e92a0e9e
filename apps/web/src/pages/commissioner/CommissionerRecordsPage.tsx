import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { CommissionerRecordTable } from '../../modules/commissioner/CommissionerRecordTable';

export default function CommissionerRecordsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="科技特派员：按登记日期登记，金额以万元显示；导出内容与当前筛选一致。">
      <CommissionerRecordTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
