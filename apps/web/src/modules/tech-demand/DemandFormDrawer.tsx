import { useEffect, useState } from 'react';
import { DrawerForm, ProFormDigit, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import {
  HIGH_TECH_DOMAINS,
  TECH_DEMAND_FIELD_DICT,
  wanInputToYuan,
  type TTechDemand,
  type TTechDemandCall,
} from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { wanInputOf } from '../../ui/money-input';
import { handleMutationError } from '../../ui/mutation-error';
import { useDictItems } from '../dict/use-dict-items';
import { EnterprisePicker } from '../enterprise/EnterprisePicker';
import { techDemandApi } from './tech-demand.api';

interface FormValues {
  enterpriseId?: number;
  callId?: number | null;
  title: string;
  field: string;
  hightechDomain?: string | null;
  problem: string;
  indicators?: string;
  expectedOutcome?: string;
  budget?: string;
  periodMonths?: number | null;
  contactName: string;
  contactPhone: string;
}

interface Props {
  /** The demand being edited (a draft), or null to record one. */
  demand: TTechDemand | null;
  /** Staff record a demand for an enterprise they name. */
  forEnterprise: boolean;
  onClose: () => void;
  onSaved: (d: TTechDemand) => void;
}

const valuesOf = (d: TTechDemand): FormValues => ({
  callId: d.callId,
  title: d.title,
  field: d.field,
  hightechDomain: d.hightechDomain,
  problem: d.problem,
  indicators: d.indicators ?? undefined,
  expectedOutcome: d.expectedOutcome ?? undefined,
  budget: wanInputOf(d.budget),
  periodMonths: d.periodMonths,
  contactName: d.contactName,
  contactPhone: d.contactPhone,
});

/** 填报 / 修改技术需求 (docs/rules.md §5.2): the money typed in 万元, stored in 元. */
export function DemandFormDrawer({ demand, forEnterprise, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const fields = useDictItems(TECH_DEMAND_FIELD_DICT);
  const [calls, setCalls] = useState<TTechDemandCall[]>([]);
  useEffect(() => {
    techDemandApi.openCalls().then(setCalls, () => setCalls([]));
  }, []);

  const save = async (v: FormValues) => {
    const body = {
      callId: v.callId ?? null,
      title: v.title,
      field: v.field,
      hightechDomain: v.hightechDomain || null,
      problem: v.problem ?? '',
      indicators: v.indicators || null,
      expectedOutcome: v.expectedOutcome || null,
      budget: wanInputToYuan(v.budget) ?? '',
      periodMonths: v.periodMonths ?? null,
      contactName: v.contactName,
      contactPhone: v.contactPhone,
    };
    try {
      // Lists show the phone masked: left as shown, the stored phone stays (the server seals a new one).
      const phone = demand && v.contactPhone === demand.contactPhone ? {} : { contactPhone: v.contactPhone };
      const saved = demand
        ? await techDemandApi.update(demand.id, { ...body, contactPhone: undefined, ...phone, version: demand.version })
        : await techDemandApi.create({ ...body, enterpriseId: v.enterpriseId });
      showSuccess(demand ? `已保存“${saved.title}”` : `已填报“${saved.title}”（草稿），确认无误后请提交`);
      onSaved(saved);
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };

  return (
    <DrawerForm<FormValues>
      title={demand ? `修改技术需求 · ${demand.title}` : '填报技术需求'}
      open
      name="tech-demand-form"
      form={form}
      width={640}
      layout="horizontal"
      labelCol={{ span: 6 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={demand ? valuesOf(demand) : undefined}
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      {forEnterprise && !demand && (
        <Form.Item name="enterpriseId" label="发榜企业" rules={[{ required: true, message: '请选择提出需求的企业' }]}>
          <EnterprisePicker />
        </Form.Item>
      )}
      <ProFormSelect
        name="callId"
        label="榜单批次"
        placeholder="正在征集需求的批次"
        options={calls.map((c) => ({ value: c.id, label: `${c.title}（截至 ${c.collectTo}）` }))}
      />
      <ProFormText name="title" label="需求名称" rules={[{ required: true, message: '请填写需求名称' }]} />
      <ProFormSelect
        name="field"
        label="技术领域"
        options={fields.map((f) => ({ value: f.value, label: f.label }))}
        rules={[{ required: true, message: '请选择技术领域' }]}
      />
      <ProFormSelect
        name="hightechDomain"
        label="高新技术领域"
        options={HIGH_TECH_DOMAINS.map((d) => ({ value: d.code, label: `${d.ordinal}、${d.name}` }))}
      />
      <ProFormTextArea
        name="problem"
        label="技术难题"
        rules={[{ required: true, message: '请填写技术难题' }]}
        fieldProps={{ autoSize: { minRows: 3, maxRows: 8 }, maxLength: 4000, showCount: true }}
      />
      <ProFormTextArea name="indicators" label="技术指标" fieldProps={{ autoSize: { minRows: 2, maxRows: 6 } }} />
      <ProFormTextArea name="expectedOutcome" label="预期成果" fieldProps={{ autoSize: { minRows: 2, maxRows: 6 } }} />
      <ProFormDigit
        name="budget"
        label="拟投入（万元）"
        min={0}
        rules={[{ required: true, message: '请填写拟投入资金' }]}
        fieldProps={{ stringMode: true }}
      />
      <ProFormDigit name="periodMonths" label="研发周期（月）" min={1} max={120} fieldProps={{ precision: 0 }} />
      <ProFormText name="contactName" label="联系人" rules={[{ required: true, message: '请填写联系人' }]} />
      <ProFormText name="contactPhone" label="联系电话" rules={[{ required: true, message: '请填写联系电话' }]} />
    </DrawerForm>
  );
}
