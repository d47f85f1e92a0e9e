import { ModalForm, ProFormText } from '@ant-design/pro-components';
import { Form } from 'antd';
import type { TUser } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useSession } from '../auth/use-session';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { usersApi } from './users.api';

interface Values {
  username: string;
  displayName: string;
  phone?: string;
  regionCode: string;
  initialPassword?: string;
}

interface Props {
  /** The user being edited, or null to create one. */
  user: TUser | null;
  onClose: () => void;
  onSaved: () => void;
}

const ACCOUNT_LEVELS = ['province', 'city', 'county'] as const;

/** 新增 / 编辑 用户. Roles are not set here: the security admin grants them (三员分立). */
export function UserFormModal({ user, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { user: me } = useSession();
  const editing = !!user;

  const save = async (v: Values) => {
    try {
      if (user) {
        // The list shows phones masked (138****1234); send the phone only when it was actually retyped.
        const phone = v.phone && v.phone !== user.phone ? v.phone : undefined;
        await usersApi.update(user.id, {
          version: user.version,
          displayName: v.displayName,
          regionCode: v.regionCode,
          phone,
        });
        showSuccess(`已保存用户“${v.displayName}”`);
      } else {
        await usersApi.create({
          username: v.username,
          displayName: v.displayName,
          phone: v.phone || null,
          regionCode: v.regionCode,
          initialPassword: v.initialPassword ?? '',
        });
        showSuccess(`已新增用户“${v.displayName}”，首次登录须修改初始密码`);
      }
      onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onSaved });
      return false;
    }
  };

  return (
    <ModalForm<Values>
      title={editing ? `编辑用户 · ${user.username}` : '新增用户'}
      open
      // A form name prefixes input ids, so labels do not collide with the list's search form fields.
      name="user-form"
      form={form}
      width={560}
      layout="horizontal"
      labelCol={{ span: 5 }}
      modalProps={{ onCancel: onClose, maskClosable: false }}
      initialValues={
        user
          ? {
              username: user.username,
              displayName: user.displayName,
              phone: user.phone ?? undefined,
              regionCode: user.regionCode,
            }
          : { regionCode: me?.regionCode }
      }
      onFinish={save}
    >
      <ProFormText
        name="username"
        label="用户名"
        disabled={editing}
        placeholder="字母开头，3–32 位"
        rules={[{ required: true, message: '请输入用户名' }]}
      />
      <ProFormText
        name="displayName"
        label="姓名"
        placeholder="2–30 个字"
        rules={[{ required: true, message: '请输入姓名' }]}
      />
      <ProFormText name="phone" label="手机号" placeholder={editing ? '不修改请保持原样' : '选填'} />
      <Form.Item name="regionCode" label="所属区划" rules={[{ required: true, message: '请选择所属区划' }]}>
        <RegionTreeSelect focusCode={me?.regionCode} selectableLevels={[...ACCOUNT_LEVELS]} />
      </Form.Item>
      {!editing && (
        <ProFormText.Password
          name="initialPassword"
          label="初始密码"
          placeholder="须符合安全策略，用户首次登录时修改"
          rules={[{ required: true, message: '请设置初始密码' }]}
          fieldProps={{ autoComplete: 'new-password' }}
        />
      )}
    </ModalForm>
  );
}
