import { Popconfirm, Space, Typography } from 'antd';
import type { TUser } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useCan } from '../auth/use-can';
import { useSession } from '../auth/use-session';
import { usersApi } from './users.api';

export type UserDialog = 'edit' | 'reset' | 'roles';

interface Props {
  user: TUser;
  open: (dialog: UserDialog, user: TUser) => void;
  reload: () => void;
}

/** The row's actions, each shown only when the server granted the permission behind it. */
export function UserRowActions({ user, open, reload }: Props) {
  const canUpdate = useCan('system:user:update');
  const canReset = useCan('system:user:reset-password');
  const canGrant = useCan('security:role:grant');
  const canUnlock = useCan('security:user:unlock');
  const canResetTotp = useCan('security:user:totp-reset');
  const disabled = user.status === 'disabled';
  // One's own password is changed in 个人中心; the server refuses a reset request for oneself.
  const isMe = useSession().user?.id === user.id;

  const toggle = async () => {
    try {
      await usersApi.update(user.id, { version: user.version, status: disabled ? 'active' : 'disabled' });
      showSuccess(disabled ? `已启用“${user.displayName}”` : `已停用“${user.displayName}”，其在线会话已下线`);
      reload();
    } catch (e) {
      handleMutationError(e, { reload });
    }
  };
  const unlock = async () => {
    try {
      await usersApi.unlock(user.id);
      showSuccess(`已解锁“${user.displayName}”`);
      reload();
    } catch (e) {
      handleMutationError(e, { reload });
    }
  };

  const resetTotp = async () => {
    try {
      await usersApi.resetTotp(user.id);
      showSuccess(`已重置“${user.displayName}”的两步验证`);
      reload();
    } catch (e) {
      handleMutationError(e, { reload });
    }
  };

  return (
    <Space size={12} wrap>
      {canUpdate && <Typography.Link onClick={() => open('edit', user)}>编辑</Typography.Link>}
      {canUpdate && (
        <Popconfirm
          title={disabled ? `启用“${user.displayName}”？` : `停用“${user.displayName}”？`}
          description={disabled ? undefined : '停用后该账号不能登录，在线会话立即失效。'}
          onConfirm={toggle}
        >
          <Typography.Link type={disabled ? undefined : 'danger'}>{disabled ? '启用' : '停用'}</Typography.Link>
        </Popconfirm>
      )}
      {canReset && !isMe && <Typography.Link onClick={() => open('reset', user)}>重置密码</Typography.Link>}
      {canGrant && <Typography.Link onClick={() => open('roles', user)}>授予角色</Typography.Link>}
      {canUnlock && user.locked && (
        <Popconfirm title={`解锁“${user.displayName}”？`} onConfirm={unlock}>
          <Typography.Link>解锁</Typography.Link>
        </Popconfirm>
      )}
      {canResetTotp && user.totpEnrolled && !isMe && (
        <Popconfirm
          title={`重置“${user.displayName}”的两步验证？`}
          description="用于手机丢失等情况：其验证器和恢复码全部作废；管理员须在下次登录时重新设置。此操作将在审计日志中标记。"
          onConfirm={resetTotp}
        >
          <Typography.Link type="danger">重置两步验证</Typography.Link>
        </Popconfirm>
      )}
    </Space>
  );
}
