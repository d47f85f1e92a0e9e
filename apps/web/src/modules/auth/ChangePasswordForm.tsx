import { useState } from 'react';
import { Button, Form, Input } from 'antd';
import { handleMutationError } from '../../ui/mutation-error';
import { authApi } from './auth.api';

interface Values {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

/**
 * Old password, new password twice. The policy is the server's: its rule messages
 * (length, character classes, not the username) come back as errors under 新密码.
 */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await authApi.changePassword(v.oldPassword, v.newPassword);
      onChanged();
    } catch (e) {
      handleMutationError(e, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      <Form.Item name="oldPassword" label="原密码" rules={[{ required: true, message: '请输入原密码' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label="新密码" rules={[{ required: true, message: '请输入新密码' }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label="确认新密码"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: (_r, value) =>
              !value || getFieldValue('newPassword') === value
                ? Promise.resolve()
                : Promise.reject(new Error('两次输入的新密码不一致')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        确认修改
      </Button>
    </Form>
  );
}
