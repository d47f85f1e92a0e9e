import { useState } from 'react';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import type { TCurrentUser } from '@kechuang/domain';
import { ApiError } from '../../api/client';
import { useSession } from './use-session';

/**
 * The second step of a sign-in with two-step verification: the 6-digit code from the authenticator app, or one of
 * the recovery codes ("使用恢复码"). A lapsed challenge sends the user back to the password.
 */
export function TotpLoginStep({
  challenge,
  onSignedIn,
  onRestart,
}: {
  challenge: string;
  onSignedIn: (user: TCurrentUser) => void;
  onRestart: () => void;
}) {
  const { signInWithTotp } = useSession();
  const [recovery, setRecovery] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ code: string }>();

  const submit = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      const body = recovery ? { challenge, recoveryCode: code.trim() } : { challenge, code: code.trim() };
      onSignedIn(await signInWithTotp(body));
    } catch (e) {
      if (e instanceof ApiError && (e.details as { restart?: boolean } | undefined)?.restart) return onRestart();
      setError(e instanceof ApiError ? e.message : '验证失败，请稍后重试');
      form.resetFields();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false} autoComplete="off">
      <Typography.Paragraph type="secondary">
        {recovery
          ? '请输入一个未使用过的恢复码（形如 ABCDE-12345），每个恢复码只能使用一次。'
          : '该账号已启用两步验证，请打开手机上的验证器应用，输入“科创平台”当前显示的 6 位数字。'}
      </Typography.Paragraph>
      <Form.Item
        name="code"
        label={recovery ? '恢复码' : '动态验证码'}
        rules={[
          recovery
            ? { required: true, message: '请输入恢复码' }
            : { required: true, pattern: /^\s*\d{6}\s*$/, message: '请输入 6 位数字验证码' },
        ]}
      >
        <Input
          prefix={<SafetyCertificateOutlined />}
          autoFocus
          inputMode={recovery ? 'text' : 'numeric'}
          autoComplete="one-time-code"
          maxLength={recovery ? 11 : 6}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        验证并登录
      </Button>
      {error && <Alert role="alert" type="error" showIcon message={error} style={{ marginTop: 16 }} />}
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 12 }}>
        <Typography.Link
          onClick={() => {
            setRecovery(!recovery);
            setError(null);
            form.resetFields();
          }}
        >
          {recovery ? '使用动态验证码' : '使用恢复码'}
        </Typography.Link>
        <Typography.Link onClick={onRestart}>返回重新输入密码</Typography.Link>
      </div>
    </Form>
  );
}
