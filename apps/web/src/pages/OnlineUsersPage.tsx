import { PageContainer } from '@ant-design/pro-components';
import { SessionTable } from '../modules/sessions/SessionTable';

export default function OnlineUsersPage() {
  return (
    <PageContainer content="管辖范围内未超时、未注销的登录会话。强制下线会立即使该会话失效，并记入操作日志。">
      <SessionTable />
    </PageContainer>
  );
}
