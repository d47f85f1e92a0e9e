import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { AttendeeTable } from '../../modules/service-event/AttendeeTable';

/** /service-event/attendees: the attendees across events; ?ids= is a report fact's link. */
export default function AttendeesPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="各项活动的参加企业、科技特派员和其他人员；联系电话只显示部分号码。">
      <AttendeeTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
