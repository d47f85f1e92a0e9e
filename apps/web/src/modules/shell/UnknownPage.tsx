import { Link, useLocation } from 'react-router-dom';
import { Button, Result } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { useSession } from '../auth/use-session';
import { userMenu } from '../auth/user-menu';
import { menuPaths } from './menu-routes';
import { NotFound } from './NotFound';

/**
 * A path with no page in this build: when the server's menu lists it, the module's screens are
 * still being built, which is worth saying plainly instead of "page not found".
 */
export function UnknownPage() {
  const { user } = useSession();
  const { t } = useI18n();
  const { pathname } = useLocation();
  if (!menuPaths(userMenu(user)).has(pathname)) return <NotFound />;
  return (
    <Result
      status="info"
      title={t('comingSoonTitle')}
      subTitle={t('comingSoonText')}
      extra={
        <Link to="/home">
          <Button type="primary">{t('backHome')}</Button>
        </Link>
      }
    />
  );
}
