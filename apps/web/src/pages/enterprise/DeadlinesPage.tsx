import { PageContainer } from '@ant-design/pro-components';
import { EnterpriseDeadlineTable } from '../../modules/enterprise/deadlines/EnterpriseDeadlineTable';

export default function DeadlinesPage() {
  return (
    <PageContainer content="高企年度发展情况报表须于 5 月 31 日前填报（累计两年未报将被取消资格）；科小须每年更新信息；证书到期前 90 天起列入。提醒每日推送到消息铃。">
      <EnterpriseDeadlineTable />
    </PageContainer>
  );
}
