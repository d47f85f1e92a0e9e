import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { ServiceEventRecordTable } from '../../modules/service-event/ServiceEventRecordTable';

export default function ServiceEventRecordsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="科技服务活动：按登记日期登记，金额以万元显示；导出内容与当前筛选一致。">
      <ServiceEventRecordTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
