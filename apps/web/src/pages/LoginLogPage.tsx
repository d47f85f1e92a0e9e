import { PageContainer } from '@ant-design/pro-components';
import { AuditLogTable } from '../modules/audit/AuditLogTable';

export default function LoginLogPage() {
  return (
    <PageContainer content="登录成功与失败、退出登录和修改密码的记录，失败记录注明原因。">
      <AuditLogTable loginOnly />
    </PageContainer>
  );
}
