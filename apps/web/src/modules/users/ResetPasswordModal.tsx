import { ModalForm, ProFormText } from '@ant-design/pro-components';
import { Form } from 'antd';
import type { TUser } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { usersApi } from './users.api';

/** 重置密码: the user must change it at the next sign-in; lockout counters are cleared by the server. */
export function ResetPasswordModal({
  user,
  onClose,
  onSaved,
}: {
  user: TUser;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<{ newPassword: string }>();
  return (
    <ModalForm<{ newPassword: string }>
      title={`重置密码 · ${user.displayName}（${user.username}）`}
      open
      name="reset-password-form"
      form={form}
      width={480}
      modalProps={{ onCancel: onClose, maskClosable: false }}
      onFinish={async (v) => {
        try {
          await usersApi.resetPassword(user.id, { version: user.version, newPassword: v.newPassword });
          showSuccess('密码已重置，用户下次登录须修改密码');
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e, { form, reload: onSaved });
          return false;
        }
      }}
    >
      <ProFormText.Password
        name="newPassword"
        label="新密码"
        extra="须符合安全策略；请通过安全渠道告知用户。"
        rules={[{ required: true, message: '请输入新密码' }]}
        fieldProps={{ autoComplete: 'new-password' }}
      />
    </ModalForm>
  );
}
