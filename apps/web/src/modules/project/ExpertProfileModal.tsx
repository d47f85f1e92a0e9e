import { useEffect, useState } from 'react';
import { ModalForm, ProFormGroup, ProFormList, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { Form } from 'antd';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { projectApi, type ExpertBody } from './project.api';
import type { TExpertAccount, TExpertProfile } from '@kechuang/domain';

interface Props {
  /** The profile to edit, or null to create one for an expert account that has none. */
  editing: TExpertProfile | null;
  onClose: () => void;
  onSaved: () => void;
}

/** 新建/编辑专家档案: name, title, employer and declared 回避单位 decide whom the expert may not review. */
export function ExpertProfileModal({ editing, onClose, onSaved }: Props) {
  const [form] = Form.useForm<ExpertBody & { userId?: number }>();
  const [accounts, setAccounts] = useState<TExpertAccount[]>([]);
  useEffect(() => {
    if (!editing) projectApi.expertAccountsWithoutProfile().then(setAccounts, () => setAccounts([]));
  }, [editing]);
  return (
    <ModalForm<ExpertBody & { userId?: number }>
      title={editing ? `编辑专家档案 · ${editing.name}` : '新建专家档案'}
      open
      form={form}
      name="expert-form"
      width={800}
      modalProps={{ onCancel: onClose, destroyOnHidden: true }}
      initialValues={editing ?? { fields: [], conflicts: [] }}
      onFinish={async ({ userId, ...v }) => {
        try {
          if (editing) await projectApi.updateExpert(editing.userId, { ...v, version: editing.version });
          else {
            await projectApi.createExpert({
              ...v,
              fields: v.fields ?? [],
              conflicts: v.conflicts ?? [],
              userId: userId!,
            });
          }
          showSuccess(`已保存“${v.name}”的专家档案`);
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e, { form, reload: onSaved });
          return false;
        }
      }}
    >
      {!editing && (
        <ProFormSelect
          name="userId"
          label="专家账号"
          rules={[{ required: true, message: '请选择评审专家账号' }]}
          options={accounts.map((a) => ({ value: a.userId, label: `${a.displayName}（${a.username}）` }))}
          fieldProps={{ notFoundContent: '所有评审专家账号均已建档；新专家请先由系统管理员开通“评审专家”角色的账号' }}
          onChange={(id: number) => {
            const a = accounts.find((x) => x.userId === id);
            if (a && !form.getFieldValue('name')) form.setFieldValue('name', a.displayName);
          }}
        />
      )}
      <ProFormGroup>
        <ProFormText
          name="name"
          label="姓名"
          width="sm"
          rules={[
            { required: true, message: '请填写姓名' },
            { min: 2, message: '姓名至少 2 个字' },
          ]}
        />
        <ProFormText name="title" label="职称" width="sm" />
      </ProFormGroup>
      <ProFormGroup>
        <ProFormText name="employerName" label="工作单位" width="md" />
        <ProFormText name="employerCreditCode" label="单位信用代码" width="sm" />
      </ProFormGroup>
      <ProFormSelect name="fields" label="专业领域" mode="tags" placeholder="输入后回车，可填多个" />
      <ProFormList
        name="conflicts"
        label="回避单位"
        creatorButtonProps={{ creatorButtonText: '添加回避单位' }}
        copyIconProps={false}
      >
        <ProFormGroup>
          <ProFormText name="name" placeholder="单位名称" width={240} />
          <ProFormText name="creditCode" placeholder="信用代码" width={200} />
          <ProFormText
            name="reason"
            placeholder="回避原因"
            width={210}
            rules={[{ required: true, message: '请写明回避原因' }]}
          />
        </ProFormGroup>
      </ProFormList>
    </ModalForm>
  );
}
