import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { AchievementRecordTable } from '../../modules/achievement/AchievementRecordTable';

export default function AchievementRecordsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="科技成果登记：按登记日期登记，金额以万元显示；导出内容与当前筛选一致。">
      <AchievementRecordTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
