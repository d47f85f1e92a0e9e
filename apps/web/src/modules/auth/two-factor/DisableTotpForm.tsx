import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { ApiError } from '../../../api/client';
import { showSuccess } from '../../../ui/feedback';
import { authApi } from '../auth.api';

/** Turns one's own two-step verification off with a current code. */
export function DisableTotpForm({ onDisabled }: { onDisabled: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      await authApi.disableTotp(code.trim());
      showSuccess('两步验证已关闭');
      onDisabled();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '关闭失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form layout="vertical" onFinish={submit} requiredMark={false} autoComplete="off">
      <Form.Item
        name="code"
        label="关闭两步验证须输入当前验证码"
        rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: '请输入 6 位数字验证码' }]}
      >
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
      </Form.Item>
      <Button danger htmlType="submit" block loading={busy}>
        关闭两步验证
      </Button>
      {error && <Alert role="alert" type="error" showIcon message={error} style={{ marginTop: 16 }} />}
    </Form>
  );
}
