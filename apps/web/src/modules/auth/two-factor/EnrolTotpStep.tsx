import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, QRCode, Typography } from 'antd';
import type { TTotpEnrolment } from '@kechuang/domain';
import { ApiError } from '../../../api/client';
import { authApi } from '../auth.api';

/** Scan the QR code (or type the secret), then confirm with the app's code; answers the recovery codes. */
export function EnrolTotpStep({
  enrolment,
  onConfirmed,
}: {
  enrolment: TTotpEnrolment;
  onConfirmed: (recoveryCodes: string[]) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      onConfirmed((await authApi.confirmTotp(code.trim())).recoveryCodes);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '确认失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Typography.Paragraph>1. 用手机验证器应用扫描二维码：</Typography.Paragraph>
      <Flex justify="center" style={{ marginBottom: 12 }}>
        <QRCode value={enrolment.uri} size={200} data-testid="totp-qr" />
      </Flex>
      <Typography.Paragraph type="secondary">
        无法扫描时，在验证器中手动添加账号“{enrolment.issuer}（{enrolment.account}）”，密钥（基于时间）：
        <br />
        <Typography.Text code copyable data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
          {enrolment.secret}
        </Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph>2. 输入验证器显示的 6 位数字，确认启用：</Typography.Paragraph>
      <Form layout="vertical" onFinish={submit} requiredMark={false} autoComplete="off">
        <Form.Item
          name="code"
          label="验证码"
          rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: '请输入 6 位数字验证码' }]}
        >
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          确认启用
        </Button>
        {error && <Alert role="alert" type="error" showIcon message={error} style={{ marginTop: 16 }} />}
      </Form>
    </>
  );
}
