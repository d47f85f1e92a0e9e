import { useState } from 'react';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import type { TCurrentUser } from '@kechuang/domain';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/use-i18n';
import { TotpLoginStep } from './TotpLoginStep';
import { useSession } from './use-session';

interface Values {
  username: string;
  password: string;
}

/**
 * Username and password, then the TOTP code when the account has two-step verification; the server's Chinese refusal
 * (wrong password or code, 423 lockout, disabled) shows under the form.
 */
export function LoginForm({ onSignedIn }: { onSignedIn: (user: TCurrentUser) => void }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [challenge, setChallenge] = useState<string | null>(null);

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const step = await signIn(v.username.trim(), v.password);
      if ('challenge' in step) setChallenge(step.challenge);
      else onSignedIn(step.user);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '登录失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };

  if (challenge) {
    return <TotpLoginStep challenge={challenge} onSignedIn={onSignedIn} onRestart={() => setChallenge(null)} />;
  }
  return (
    <Form<Values> layout="vertical" size="large" onFinish={submit} requiredMark={false} autoComplete="on">
      <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('usernameRequired') }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('login')}
      </Button>
      {error && <Alert role="alert" type="error" showIcon message={error} style={{ marginTop: 16 }} />}
    </Form>
  );
}
