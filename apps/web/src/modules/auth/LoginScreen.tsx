import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Card, Flex, Typography } from 'antd';
import type { TCurrentUser } from '@kechuang/domain';
import { useI18n } from '../../i18n/use-i18n';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { LoginForm } from './LoginForm';
import { useSession } from './use-session';

/** Where an account must go before anything else: the forced password change, then a forced TOTP set-up. */
const firstPage = (u: TCurrentUser) =>
  u.mustChangePassword ? '/change-password' : u.mustEnrolTotp ? '/two-factor' : null;

/**
 * 登录: a signed-in user goes on at once (to 修改密码 when the initial password must change); after signing in,
 * back to the page that sent the user here.
 */
export function LoginScreen() {
  const { t } = useI18n();
  const { status, user } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;

  if (status === 'loading') return <FullPageSpin />;
  if (user) return <Navigate to={firstPage(user) ?? '/home'} replace />;

  const onSignedIn = (u: TCurrentUser) => navigate(firstPage(u) ?? from ?? '/home', { replace: true });

  return (
    <div className="kc-auth-page">
      <Card
        style={{ width: 400, maxWidth: '100%', boxShadow: '0 8px 24px rgba(0,0,0,0.25)' }}
        styles={{ body: { padding: '32px 32px 24px' } }}
      >
        <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
          <Flex align="center" gap={10}>
            <div className="kc-logo">科</div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('appShortTitle')}
            </Typography.Title>
          </Flex>
          <Typography.Text type="secondary">
            <LanguageSwitch />
          </Typography.Text>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
          {t('loginSubtitle')} · {t('loginTitle')}
        </Typography.Paragraph>
        <LoginForm onSignedIn={onSignedIn} />
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 20, marginBottom: 0 }}>
          {t('loginFooter')}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ fontSize: 13, marginTop: 12, marginBottom: 0, textAlign: 'center' }}>
          <Typography.Link href="/public/notices">{t('publicNotices')}</Typography.Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
