import {
  ModalForm,
  ProFormDatePicker,
  ProFormDigit,
  ProFormRadio,
  ProFormSelect,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Form } from 'antd';
import {
  PAYMENT_PARTIES,
  PAYMENT_PARTY_LABELS,
  chinaToday,
  wanInputToYuan,
  type PaymentParty,
  type TMilestone,
} from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { bidApi } from './bid.api';

const dateProps = { format: 'YYYY-MM-DD', style: { width: '100%' } };

interface ReportValues {
  reportedOn: string;
  content: string;
  payParty?: PaymentParty;
  payAmount?: string;
}

/** 里程碑报告: what was reached and a payment against the milestone (万元). */
export function MilestoneReportModal(p: { milestone: TMilestone; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<ReportValues>();
  const save = async (v: ReportValues) => {
    try {
      await bidApi.report(p.milestone.id, {
        reportedOn: v.reportedOn,
        content: v.content,
        payParty: v.payParty ?? null,
        payAmount: wanInputToYuan(v.payAmount),
      });
      showSuccess('已登记里程碑报告');
      p.onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form });
      return false;
    }
  };
  return (
    <ModalForm<ReportValues>
      title={`里程碑报告 · ${p.milestone.title}`}
      open
      form={form}
      width={520}
      layout="horizontal"
      labelCol={{ span: 6 }}
      modalProps={{ onCancel: p.onClose, destroyOnHidden: true }}
      initialValues={{ reportedOn: chinaToday() }}
      onFinish={save}
    >
      <ProFormDatePicker name="reportedOn" label="报告日期" rules={[{ required: true }]} fieldProps={dateProps} />
      <ProFormTextArea
        name="content"
        label="完成情况"
        rules={[{ required: true, message: '请填写完成情况' }]}
        fieldProps={{ autoSize: { minRows: 3, maxRows: 6 } }}
      />
      <ProFormSelect
        name="payParty"
        label="付款方"
        options={PAYMENT_PARTIES.map((x) => ({ value: x, label: PAYMENT_PARTY_LABELS[x] }))}
      />
      <ProFormDigit name="payAmount" label="本次付款（万元）" min={0} fieldProps={{ stringMode: true }} />
    </ModalForm>
  );
}

interface AcceptanceValues {
  acceptedOn: string;
  conclusion: string;
  passed: boolean;
}

/** 项目验收: date, the experts' conclusion, passed or not (moves the demand to 验收通过 | 验收未通过). */
export function AcceptanceModal(p: {
  demandId: number;
  demandVersion: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<AcceptanceValues>();
  const save = async (v: AcceptanceValues) => {
    try {
      await bidApi.accept(p.demandId, { ...v, version: p.demandVersion });
      showSuccess('已登记项目验收');
      p.onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form });
      return false;
    }
  };
  return (
    <ModalForm<AcceptanceValues>
      title="登记项目验收"
      open
      form={form}
      width={520}
      layout="horizontal"
      labelCol={{ span: 6 }}
      modalProps={{ onCancel: p.onClose, destroyOnHidden: true }}
      initialValues={{ acceptedOn: chinaToday(), passed: true }}
      onFinish={save}
    >
      <ProFormDatePicker name="acceptedOn" label="验收日期" rules={[{ required: true }]} fieldProps={dateProps} />
      <ProFormTextArea
        name="conclusion"
        label="专家验收意见"
        rules={[{ required: true, message: '请填写专家验收意见' }]}
        fieldProps={{ autoSize: { minRows: 3, maxRows: 6 } }}
      />
      <ProFormRadio.Group
        name="passed"
        label="验收结论"
        options={[
          { value: true, label: '通过' },
          { value: false, label: '不通过' },
        ]}
      />
    </ModalForm>
  );
}
