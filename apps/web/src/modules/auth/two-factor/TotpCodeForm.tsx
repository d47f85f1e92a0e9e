import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { ApiError } from '../../../api/client';

/** One current code from the authenticator app, to confirm an action on one's own two-step verification. */
export function TotpCodeForm({
  label,
  button,
  danger = false,
  onCode,
}: {
  label: string;
  button: string;
  danger?: boolean;
  onCode: (code: string) => Promise<void>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ code: string }>();
  const submit = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      await onCode(code.trim());
      form.resetFields();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '操作失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} autoComplete="off">
      <Form.Item
        name="code"
        label={label}
        rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: '请输入 6 位数字验证码' }]}
      >
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
      </Form.Item>
      <Button danger={danger} htmlType="submit" block loading={busy}>
        {button}
      </Button>
      {error && <Alert role="alert" type="error" showIcon message={error} style={{ marginTop: 16 }} />}
    </Form>
  );
}
