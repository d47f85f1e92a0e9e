import { ModalForm, ProFormCheckbox } from '@ant-design/pro-components';
import { Alert, Form } from 'antd';
import type { TPermissionOption, TRole } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { rolesApi } from './roles.api';

interface Props {
  role: TRole;
  permissions: TPermissionOption[];
  onClose: () => void;
  onSaved: () => void;
}

/** Mounted per edit (keyed by role), so the form always starts from that role's grants. The security admin ticks a role's permissions; admin-only ones stay with their administrator role (三员分立). */
export function RolePermissionsModal({ role, permissions, onClose, onSaved }: Props) {
  const [form] = Form.useForm<{ permissions: string[] }>();
  const roleName = role.name;
  return (
    <ModalForm<{ permissions: string[] }>
      title={`分配权限 · ${roleName}`}
      open
      name="role-permissions-form"
      form={form}
      width={640}
      modalProps={{ destroyOnHidden: true, onCancel: onClose }}
      initialValues={{ permissions: role.permissions }}
      onFinish={async (v) => {
        try {
          await rolesApi.update(role.code, { version: role.version, permissions: v.permissions });
          showSuccess(`已保存“${roleName}”的权限`);
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
        message="三员分立：安全策略、角色授权只能授予安全管理员，审计相关权限只能授予审计管理员。"
      />
      <ProFormCheckbox.Group
        name="permissions"
        layout="horizontal"
        fieldProps={{ style: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', rowGap: 8 } }}
        options={permissions.map((p) => ({
          label: p.label,
          value: p.key,
          disabled: !!p.adminOnly && p.adminOnly !== role.code,
          title: p.key,
        }))}
      />
    </ModalForm>
  );
}
