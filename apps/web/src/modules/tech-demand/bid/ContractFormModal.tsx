import { ModalForm, ProFormDatePicker, ProFormDigit, ProFormList, ProFormText } from '@ant-design/pro-components';
import { Form, Space } from 'antd';
import { chinaToday, wanInputToYuan } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { bidApi } from './bid.api';

interface MilestoneValues {
  title: string;
  dueOn: string;
  payEnterprise?: string;
  payCounty?: string;
  payOther?: string;
}
interface Values {
  amount: string;
  signedOn: string;
  milestones: MilestoneValues[];
}

const yuan = (wan: string | undefined) => wanInputToYuan(wan) ?? '0';

/**
 * 签订揭榜合同 after the 公示 (docs/rules.md §5.2): amount, signed date and the milestones with their payments by
 * party, in 万元; the server refuses payments beyond the amount, naming the milestone.
 */
export function ContractFormModal(p: {
  demandId: number;
  demandVersion: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const save = async (v: Values) => {
    try {
      await bidApi.contract(p.demandId, {
        amount: wanInputToYuan(v.amount) ?? '',
        signedOn: v.signedOn,
        version: p.demandVersion,
        milestones: (v.milestones ?? []).map((m) => ({
          title: m.title,
          dueOn: m.dueOn,
          payEnterprise: yuan(m.payEnterprise),
          payCounty: yuan(m.payCounty),
          payOther: yuan(m.payOther),
        })),
      });
      showSuccess('已登记揭榜合同');
      p.onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form });
      return false;
    }
  };
  const money = { min: 0, fieldProps: { stringMode: true, style: { width: 84 } } };
  return (
    <ModalForm<Values>
      title="登记揭榜合同"
      open
      form={form}
      width={800}
      modalProps={{ onCancel: p.onClose, destroyOnHidden: true }}
      initialValues={{ signedOn: chinaToday(), milestones: [{}] }}
      onFinish={save}
    >
      <Space size={16} wrap>
        <ProFormDigit
          name="amount"
          label="合同金额（万元）"
          min={0}
          rules={[{ required: true, message: '请填写合同金额' }]}
          fieldProps={{ stringMode: true, style: { width: 160 } }}
        />
        <ProFormDatePicker
          name="signedOn"
          label="签订日期"
          rules={[{ required: true, message: '请选择签订日期' }]}
          fieldProps={{ format: 'YYYY-MM-DD' }}
        />
      </Space>
      <ProFormList
        name="milestones"
        label="里程碑（名称、计划完成日期、发榜企业 / 县级资金 / 其他支付，单位：万元）"
        creatorButtonProps={{ creatorButtonText: '添加里程碑' }}
        copyIconProps={false}
      >
        <Space size={8} align="start" wrap>
          <ProFormText
            name="title"
            placeholder="里程碑名称"
            rules={[{ required: true, message: '请填写里程碑名称' }]}
          />
          <ProFormDatePicker
            name="dueOn"
            placeholder="计划完成"
            rules={[{ required: true, message: '请选择计划完成日期' }]}
            fieldProps={{ format: 'YYYY-MM-DD', style: { width: 130 } }}
          />
          <ProFormDigit name="payEnterprise" placeholder="企业支付" {...money} />
          <ProFormDigit name="payCounty" placeholder="县级资金" {...money} />
          <ProFormDigit name="payOther" placeholder="其他" {...money} />
        </Space>
      </ProFormList>
    </ModalForm>
  );
}
