import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { ServiceDaysTable } from '../../modules/commissioner/service-log/ServiceDaysTable';

/** /commissioner/service-days: each commissioner's days against the level's yearly minimum and the pace. */
export default function ServiceDaysPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="按进度应达天数 = 年度要求天数 × 本年度（或聘期）已过比例；已确认与待确认合计低于应达天数即为落后进度，系统每周提醒一次。">
      <ServiceDaysTable year={params.get('year') ?? undefined} behind={params.get('behind') ?? undefined} />
    </PageContainer>
  );
}
