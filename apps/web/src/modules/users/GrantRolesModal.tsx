import { ModalForm, ProFormCheckbox } from '@ant-design/pro-components';
import { Alert, Form } from 'antd';
import type { RoleCode, TUser } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useRoles } from '../roles/use-roles';
import { usersApi } from './users.api';

/** 授予角色 (security admin). The server enforces 三员分立 and answers with the rule that was broken. */
export function GrantRolesModal({ user, onClose, onSaved }: { user: TUser; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<{ roles: RoleCode[] }>();
  const roles = useRoles();
  return (
    <ModalForm<{ roles: RoleCode[] }>
      title={`授予角色 · ${user.displayName}（${user.username}）`}
      open
      name="grant-roles-form"
      form={form}
      width={520}
      modalProps={{ onCancel: onClose, maskClosable: false }}
      initialValues={{ roles: user.roles as RoleCode[] }}
      onFinish={async (v) => {
        try {
          await usersApi.grantRoles(user.id, { version: user.version, roles: v.roles ?? [] });
          showSuccess(`已更新“${user.displayName}”的角色`);
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e, { form, reload: onSaved });
          return false;
        }
      }}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="三员分立：一个账号最多担任一种管理员角色，且管理员不得兼任业务角色。"
      />
      <ProFormCheckbox.Group
        name="roles"
        label="角色"
        fieldProps={{ style: { display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', rowGap: 8 } }}
        options={roles.map((r) => ({ label: r.name, value: r.code }))}
      />
    </ModalForm>
  );
}
