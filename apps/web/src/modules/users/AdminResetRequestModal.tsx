import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, Form } from 'antd';
import type { TUser } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { usersApi } from './users.api';

/**
 * 重置密码 of an administrator's account: no password is typed here. The request waits for another administrator,
 * whose approval hands over a one-time password (issue 20: nobody takes over another administrator's account).
 */
export function AdminResetRequestModal({
  user,
  onClose,
  onSaved,
}: {
  user: TUser;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <ModalForm<{ reason: string }>
      title={`申请重置管理员密码 · ${user.displayName}（${user.username}）`}
      open
      name="admin-reset-request-form"
      form={form}
      width={520}
      modalProps={{ onCancel: onClose, maskClosable: false }}
      submitter={{ searchConfig: { submitText: '提交申请' } }}
      onFinish={async (v) => {
        try {
          await usersApi.requestAdminReset(user.id, v.reason);
          showSuccess('重置申请已提交，待另一名管理员审批');
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e, { form, reload: onSaved });
          return false;
        }
      }}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        message="管理员账号的密码须由另一名管理员审批后重置"
        description="审批通过后系统生成一次性密码，仅向审批人显示一次，由其交给本人；本人登录后须立即修改。审计管理员会收到提醒。"
      />
      <ProFormTextArea
        name="reason"
        label="重置原因"
        placeholder="如：本人遗忘密码，已电话核实身份"
        rules={[{ required: true, message: '请填写重置原因' }]}
        fieldProps={{ maxLength: 500, showCount: true, rows: 3 }}
      />
    </ModalForm>
  );
}
