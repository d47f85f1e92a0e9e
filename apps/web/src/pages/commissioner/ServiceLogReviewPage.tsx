import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { ServiceLogReviewTable } from '../../modules/commissioner/service-log/ServiceLogReviewTable';

/** /commissioner/service-logs: staff confirm or return the region's logs; a report fact links here with ?ids=. */
export default function ServiceLogReviewPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="科技特派员填写的服务日志：确认后计入服务天数，退回须写明原因，特派员修改后重新提交。">
      <ServiceLogReviewTable
        ids={params.get('ids') ?? undefined}
        commissionerId={params.get('commissionerId') ?? undefined}
      />
    </PageContainer>
  );
}
