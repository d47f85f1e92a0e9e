import { PageContainer } from '@ant-design/pro-components';
import { MessageTable } from '../modules/messages/MessageTable';

export default function MessagesPage() {
  return (
    <PageContainer content="待办提醒、任务完成通知和系统通知。">
      <MessageTable />
    </PageContainer>
  );
}
