import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { AwardRecordTable } from '../../modules/award/AwardRecordTable';

export default function AwardRecordsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="奖励与赛事：按登记日期登记，金额以万元显示；导出内容与当前筛选一致。">
      <AwardRecordTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
