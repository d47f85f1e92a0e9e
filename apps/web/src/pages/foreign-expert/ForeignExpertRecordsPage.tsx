import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { ForeignExpertRecordTable } from '../../modules/foreign-expert/ForeignExpertRecordTable';

export default function ForeignExpertRecordsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="外国专家：按登记日期登记，金额以万元显示；导出内容与当前筛选一致。">
      <ForeignExpertRecordTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
