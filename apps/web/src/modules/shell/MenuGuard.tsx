import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Button, Result } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { useSession } from '../auth/use-session';
import { userMenu } from '../auth/user-menu';
import { menuPaths } from './menu-routes';

/**
 * Shows a page only when the server put it in the user's menu; the server still checks every call,
 * this only spares the user a page of refused requests.
 */
export function MenuGuard({ path, children }: { path: string; children: ReactNode }) {
  const { user } = useSession();
  const { t } = useI18n();
  if (user && menuPaths(userMenu(user)).has(path)) return <>{children}</>;
  return (
    <Result
      status="403"
      title={t('forbiddenTitle')}
      subTitle={t('forbiddenText')}
      extra={
        <Link to="/home">
          <Button type="primary">{t('backHome')}</Button>
        </Link>
      }
    />
  );
}
