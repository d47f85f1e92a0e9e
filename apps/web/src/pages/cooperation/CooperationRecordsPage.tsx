import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { CooperationRecordTable } from '../../modules/cooperation/CooperationRecordTable';

export default function CooperationRecordsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="院地院企合作：按登记日期登记，金额以万元显示；导出内容与当前筛选一致。">
      <CooperationRecordTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
