import { DrawerForm, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, Form } from 'antd';
import type { TEnterprise } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { enterpriseApi } from '../enterprise.api';

interface Values {
  contactName?: string;
  contactPhone?: string;
  address?: string;
  legalRepresentative?: string;
  businessScope?: string;
}

/** Empty text means "cleared" (null), the phone left empty means "unchanged" (the record only shows it masked). */
const textOrNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/**
 * 我的企业 → 修改本企业信息: the fields an enterprise keeps itself (ENTERPRISE_SELF_FIELDS); the rest of the record is
 * the bureau's and stays read-only on the page.
 */
export function SelfProfileDrawer({
  enterprise: e,
  onClose,
  onSaved,
}: {
  enterprise: TEnterprise;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const save = async (v: Values) => {
    try {
      await enterpriseApi.update(e.id, {
        version: e.version,
        contactName: textOrNull(v.contactName),
        address: textOrNull(v.address),
        legalRepresentative: textOrNull(v.legalRepresentative),
        businessScope: textOrNull(v.businessScope),
        ...(v.contactPhone?.trim() ? { contactPhone: v.contactPhone.trim() } : {}),
      });
      showSuccess('已保存本企业信息');
      onSaved();
      return true;
    } catch (err) {
      handleMutationError(err, { form, reload: onClose });
      return false;
    }
  };
  return (
    <DrawerForm<Values>
      title="修改本企业信息"
      open
      form={form}
      name="self-profile"
      width={Math.min(520, window.innerWidth)}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      submitter={{ searchConfig: { submitText: '保存', resetText: '取消' } }}
      initialValues={{
        contactName: e.contactName,
        address: e.address,
        legalRepresentative: e.legalRepresentative,
        businessScope: e.businessScope,
      }}
      onFinish={save}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="企业名称、信用代码、所属区划、行业、培育梯度与标签由县科技局维护，如有变化请联系业务人员。"
      />
      <ProFormText name="contactName" label="联系人" fieldProps={{ maxLength: 30 }} />
      <ProFormText
        name="contactPhone"
        label="联系电话"
        placeholder={e.contactPhone ? `当前 ${e.contactPhone}，不修改请留空` : '手机号或带区号的座机'}
        rules={[{ pattern: /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, message: '联系电话须为手机号或带区号的座机' }]}
      />
      <ProFormText name="legalRepresentative" label="法定代表人" fieldProps={{ maxLength: 30 }} />
      <ProFormText name="address" label="地址" fieldProps={{ maxLength: 200 }} />
      <ProFormTextArea
        name="businessScope"
        label="经营范围"
        placeholder="与营业执照一致"
        fieldProps={{ maxLength: 1000, showCount: true, autoSize: { minRows: 3, maxRows: 8 } }}
      />
    </DrawerForm>
  );
}
