import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { ServiceEventTable } from '../../modules/service-event/ServiceEventTable';

/** /service-event/events: ?ids= (a report fact's link) and ?commissionerId= (参加培训 on a commissioner's page). */
export default function ServiceEventsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="政策宣讲、进企业送服务、培训班、科技活动周、科普活动等：登记活动，添加参加企业与人员，统计服务企业数与参加人数。">
      <ServiceEventTable
        ids={params.get('ids') ?? undefined}
        commissionerId={params.get('commissionerId') ?? undefined}
      />
    </PageContainer>
  );
}
