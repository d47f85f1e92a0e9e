import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { KeyOutlined, LogoutOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Dropdown } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { showError, showSuccess } from '../../ui/feedback';
import { useSession } from '../auth/use-session';

/** The avatar dropdown: 修改密码, 两步验证 and 退出登录. */
export function UserMenu({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const onClick = async ({ key }: { key: string }) => {
    if (key === 'password') return navigate('/change-password');
    if (key === 'two-factor') return navigate('/two-factor');
    try {
      await signOut();
      showSuccess(t('logoutConfirm'));
    } catch (e) {
      showError(e);
    }
    navigate('/login', { replace: true });
  };
  return (
    <Dropdown
      menu={{
        onClick,
        items: [
          { key: 'password', icon: <KeyOutlined />, label: t('changePassword') },
          { key: 'two-factor', icon: <SafetyCertificateOutlined />, label: t('twoFactor') },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('logout') },
        ],
      }}
    >
      <span data-testid="user-menu">{children}</span>
    </Dropdown>
  );
}
