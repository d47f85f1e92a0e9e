import { PageContainer } from '@ant-design/pro-components';
import { UserTable } from '../modules/users/UserTable';

export default function UsersPage() {
  return (
    <PageContainer content="系统管理员新增账号、维护资料与停用；角色由安全管理员授予，锁定的账号由安全管理员解锁。管理员账号的密码重置须由另一名管理员审批，审批后发放一次性密码。">
      <UserTable />
    </PageContainer>
  );
}
