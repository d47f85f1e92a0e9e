import { PageContainer } from '@ant-design/pro-components';
import { AdminResetRequests } from '../modules/users/AdminResetRequests';

/** The approvers' page (the security and audit admins); the system admin sees the same list on 用户管理. */
export default function AdminResetsPage() {
  return (
    <PageContainer content="系统管理员提交的管理员账号密码重置申请，须由另一名管理员（非申请人、非账号本人）审批。批准后生成一次性密码，仅显示一次，请交给本人；审计管理员会收到提醒。">
      <AdminResetRequests />
    </PageContainer>
  );
}
