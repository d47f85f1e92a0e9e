import { PageContainer } from '@ant-design/pro-components';
import { RoleTable } from '../modules/roles/RoleTable';

export default function RolesPage() {
  return (
    <PageContainer content="角色决定菜单与可执行的操作；系统管理员、安全管理员、审计管理员三员分立，权限由安全管理员分配。">
      <RoleTable />
    </PageContainer>
  );
}
