import {
  DrawerForm,
  ProCard,
  ProFormDatePicker,
  ProFormList,
  ProFormRadio,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Form, Grid } from 'antd';
import type { Dayjs } from 'dayjs';
import { addDays, chinaToday, LIAISON_DICTS, type TLiaisonIssueInput } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useDictItems } from '../dict/use-dict-items';
import { EnterprisePicker } from '../enterprise/EnterprisePicker';
import { liaisonApi } from './liaison.api';

interface FormValues {
  enterpriseId: number;
  visitedOn: string;
  form: string;
  peopleMet: string;
  policies?: string[];
  questions?: string;
  campaign?: string;
  issues?: TLiaisonIssueInput[];
}

const required = (message: string) => [{ required: true, message }];
const options = (items: { value: string; label: string }[]) => items.map((i) => ({ value: i.value, label: i.label }));

/**
 * 登记走访 (docs/rules.md §5.7.1), usable on a phone (full width below md): the enterprise, date, form, people met,
 * policies explained, the enterprise's questions, the campaign, and the issues it raised (each to a department
 * with a due date).
 */
export function VisitFormDrawer({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const phone = !Grid.useBreakpoint().md;
  const forms = useDictItems(LIAISON_DICTS.visitForm);
  const policies = useDictItems(LIAISON_DICTS.policy);
  const campaigns = useDictItems(LIAISON_DICTS.campaign);
  const categories = useDictItems(LIAISON_DICTS.issueCategory);
  const departments = useDictItems(LIAISON_DICTS.department);

  const save = async (v: FormValues) => {
    try {
      const saved = await liaisonApi.recordVisit({
        enterpriseId: v.enterpriseId,
        visitedOn: v.visitedOn,
        form: v.form,
        peopleMet: v.peopleMet ?? '',
        policies: v.policies ?? [],
        questions: v.questions || null,
        campaign: v.campaign || null,
        issues: v.issues ?? [],
      });
      showSuccess(`已登记走访“${saved.enterpriseName}”${saved.issueCount ? `，提出问题 ${saved.issueCount} 个` : ''}`);
      onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form });
      return false;
    }
  };

  return (
    <DrawerForm<FormValues>
      title="登记走访"
      open
      name="liaison-visit"
      form={form}
      width={phone ? '100%' : 600}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={{ visitedOn: chinaToday(), form: 'onsite' }}
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      <Form.Item name="enterpriseId" label="走访企业" rules={required('请选择走访企业')}>
        <EnterprisePicker />
      </Form.Item>
      <ProFormDatePicker
        name="visitedOn"
        label="走访日期"
        rules={required('请选择走访日期')}
        fieldProps={{ style: { width: '100%' }, disabledDate: (d: Dayjs) => d.format('YYYY-MM-DD') > chinaToday() }}
      />
      <ProFormRadio.Group
        name="form"
        label="走访形式"
        radioType="button"
        options={options(forms)}
        rules={required('请选择走访形式')}
      />
      <ProFormText
        name="peopleMet"
        label="见面人员"
        placeholder="如：总经理 王某、财务 李某"
        rules={required('请填写见面人员')}
      />
      <ProFormSelect name="policies" label="宣讲政策" mode="multiple" options={options(policies)} />
      <ProFormTextArea name="questions" label="企业疑问" fieldProps={{ rows: 2 }} />
      <ProFormSelect name="campaign" label="专项行动" allowClear options={options(campaigns)} />
      <ProFormList
        name="issues"
        label="企业提出的问题"
        creatorButtonProps={{ creatorButtonText: '添加问题' }}
        creatorRecord={() => ({ dueOn: addDays(chinaToday(), 15) })}
        copyIconProps={false}
        itemRender={({ listDom, action }, { index }) => (
          <ProCard bordered size="small" style={{ marginBottom: 8 }} title={`问题 ${index + 1}`} extra={action}>
            {listDom}
          </ProCard>
        )}
      >
        <ProFormTextArea name="content" label="问题内容" fieldProps={{ rows: 2 }} rules={required('请填写问题内容')} />
        <ProFormSelect
          name="category"
          label="问题类别"
          options={options(categories)}
          rules={required('请选择问题类别')}
        />
        <ProFormSelect
          name="department"
          label="责任部门"
          options={options(departments)}
          rules={required('请选择责任部门')}
        />
        <ProFormDatePicker
          name="dueOn"
          label="办理时限"
          fieldProps={{ style: { width: '100%' } }}
          rules={required('请选择办理时限')}
        />
      </ProFormList>
    </DrawerForm>
  );
}
