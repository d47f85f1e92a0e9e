import { DrawerForm, ProFormDatePicker, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import { COMMISSIONER_FIELD_DICT, type TNeed } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { useDictItems } from '../../dict/use-dict-items';
import { EnterprisePicker } from '../../enterprise/EnterprisePicker';
import { matchingApi } from './matching.api';

interface FormValues {
  enterpriseId?: number;
  field: string;
  problem: string;
  contactName: string;
  contactPhone: string;
  desiredOn?: string;
}

/** 发布技术需求: an enterprise for itself, or staff naming the enterprise (`forEnterprise`). */
export function NeedFormDrawer(p: { forEnterprise: boolean; onClose: () => void; onSaved: (n: TNeed) => void }) {
  const [form] = Form.useForm<FormValues>();
  const fields = useDictItems(COMMISSIONER_FIELD_DICT);
  const save = async (v: FormValues) => {
    try {
      const saved = await matchingApi.post({
        enterpriseId: v.enterpriseId,
        field: v.field,
        problem: v.problem,
        contactName: v.contactName,
        contactPhone: v.contactPhone,
        desiredOn: v.desiredOn || null,
      });
      showSuccess('已发布技术需求，科技局将为您对接科技特派员');
      p.onSaved(saved);
      return true;
    } catch (e) {
      handleMutationError(e, { form });
      return false;
    }
  };
  return (
    <DrawerForm<FormValues>
      title="发布技术需求"
      open
      name="commissioner-need-form"
      form={form}
      width={600}
      layout="horizontal"
      labelCol={{ span: 6 }}
      drawerProps={{ onClose: p.onClose, destroyOnHidden: true, maskClosable: false }}
      submitter={{ searchConfig: { submitText: '发布' } }}
      onFinish={save}
    >
      {p.forEnterprise && (
        <Form.Item name="enterpriseId" label="企业" rules={[{ required: true, message: '请选择提出需求的企业' }]}>
          <EnterprisePicker />
        </Form.Item>
      )}
      <ProFormSelect
        name="field"
        label="技术领域"
        options={fields.map((f) => ({ value: f.value, label: f.label }))}
        rules={[{ required: true, message: '请选择技术领域' }]}
      />
      <ProFormTextArea
        name="problem"
        label="问题描述"
        placeholder="遇到的技术问题、现状和希望达到的效果（至少 10 个字）"
        rules={[{ required: true, message: '请填写问题描述' }]}
        fieldProps={{ autoSize: { minRows: 4, maxRows: 8 }, maxLength: 2000, showCount: true }}
      />
      <ProFormText name="contactName" label="联系人" rules={[{ required: true, message: '请填写联系人' }]} />
      <ProFormText name="contactPhone" label="联系电话" rules={[{ required: true, message: '请填写联系电话' }]} />
      <ProFormDatePicker
        name="desiredOn"
        label="期望对接日期"
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
    </DrawerForm>
  );
}
