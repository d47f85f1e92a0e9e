import { useRef, useState } from 'react';
import { ProTable, type ActionType } from '@ant-design/pro-components';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ADMIN_ROLES, type RoleCode, type TUser } from '@kechuang/domain';
import { tableRequest } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { useDictItems } from '../dict/use-dict-items';
import { useRoles } from '../roles/use-roles';
import { AdminResetRequestModal } from './AdminResetRequestModal';
import { AdminResetRequests } from './AdminResetRequests';
import { GrantRolesModal } from './GrantRolesModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { userColumns } from './user-columns';
import { UserFormModal } from './UserFormModal';
import { UserRowActions, type UserDialog } from './UserRowActions';
import { useListColumns } from '../../ui/list-columns';

// An administrator's password is reset only through a request and a second administrator's approval (issue 20).
const isAdminAccount = (u: TUser) => u.roles.some((r) => ADMIN_ROLES.includes(r as RoleCode));

type Dialog = { kind: 'create' } | { kind: UserDialog; user: TUser } | null;

/** 用户管理: accounts in the signed-in user's region scope. */
export function UserTable() {
  const actionRef = useRef<ActionType>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const statusItems = useDictItems('sys_status');
  const roles = useRoles();
  const canCreate = useCan('system:user:create');
  const canRequestReset = useCan('system:user:reset-password');
  const canApproveReset = useCan('security:user:reset-approve');
  // Bumped when a reset request is filed, so the list of requests shows it.
  const [resetsShown, setResetsShown] = useState(0);

  const reload = () => actionRef.current?.reload();
  const saved = () => {
    setDialog(null);
    reload();
  };
  const close = () => setDialog(null);

  const listColumns = useListColumns<TUser>(
    'system.users',
    [
      ...userColumns(statusItems, roles),
      {
        title: '操作',
        valueType: 'option',
        width: 210,
        fixed: 'right',
        render: (_d, u) => <UserRowActions user={u} reload={reload} open={(kind, user) => setDialog({ kind, user })} />,
      },
    ],
    { hidden: ['phone', 'createdAt'] },
  );

  return (
    <>
      <ProTable<TUser>
        rowKey="id"
        headerTitle="用户列表"
        actionRef={actionRef}
        request={tableRequest<TUser>('/users')}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        // 创建时间 is available from the column settings; hidden by default so the row fits a 1366px screen.
        toolBarRender={() =>
          canCreate
            ? [
                <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
                  新增用户
                </Button>,
              ]
            : []
        }
      />
      {dialog?.kind === 'create' && <UserFormModal user={null} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'edit' && (
        <UserFormModal key={dialog.user.id} user={dialog.user} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'reset' && !isAdminAccount(dialog.user) && (
        <ResetPasswordModal key={dialog.user.id} user={dialog.user} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'reset' && isAdminAccount(dialog.user) && (
        <AdminResetRequestModal
          key={dialog.user.id}
          user={dialog.user}
          onClose={close}
          onSaved={() => {
            saved();
            setResetsShown((n) => n + 1);
          }}
        />
      )}
      {(canRequestReset || canApproveReset) && <AdminResetRequests key={resetsShown} reloadUsers={reload} />}
      {dialog?.kind === 'roles' && (
        <GrantRolesModal key={dialog.user.id} user={dialog.user} onClose={close} onSaved={saved} />
      )}
    </>
  );
}
