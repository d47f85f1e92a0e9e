import { ModalForm, ProFormDatePicker, ProFormDigit, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import { chinaToday, wanInputToYuan } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { bidApi } from './bid.api';

interface Values {
  institutionName: string;
  creditCode?: string;
  leaderName: string;
  leaderTitle?: string;
  leaderPhone?: string;
  members?: string;
  solution: string;
  budget: string;
  periodMonths: number;
  appliedOn: string;
}

/** One member a line: 姓名，职称，单位，分工 (the phone of members is asked only for the leader here). */
function parseMembers(text: string | undefined) {
  return (text ?? '')
    .split('\n')
    .map((l) => l.split(/[,，]/).map((x) => x.trim()))
    .filter((p) => p[0])
    .map(([name, title, unit, role]) => ({ name, title: title || null, unit: unit || null, role: role || '成员' }));
}

/** 登记揭榜申请 on a team's behalf (docs/rules.md §5.2): the institution by name (a new one with its credit code). */
export function BidFormModal(p: { demandId: number; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = async (v: Values) => {
    try {
      await bidApi.apply(p.demandId, {
        institutionName: v.institutionName,
        creditCode: v.creditCode || null,
        leader: {
          name: v.leaderName,
          title: v.leaderTitle || null,
          unit: v.institutionName,
          role: '项目负责人',
          phone: v.leaderPhone || null,
        },
        members: parseMembers(v.members),
        solution: v.solution,
        budget: wanInputToYuan(v.budget) ?? '',
        periodMonths: v.periodMonths,
        appliedOn: v.appliedOn,
      });
      showSuccess('已登记揭榜申请');
      p.onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form });
      return false;
    }
  };
  return (
    <ModalForm<Values>
      title="登记揭榜申请"
      open
      form={form}
      width={560}
      layout="horizontal"
      labelCol={{ span: 6 }}
      modalProps={{ onCancel: p.onClose, destroyOnHidden: true }}
      initialValues={{ appliedOn: chinaToday(), periodMonths: 24 }}
      onFinish={save}
    >
      <ProFormText
        name="institutionName"
        label="揭榜单位"
        tooltip="合作单位库中已有的单位按名称匹配；新单位请填写统一社会信用代码，登记后加入合作单位库"
        rules={[{ required: true, message: '请填写揭榜单位' }]}
      />
      <ProFormText name="creditCode" label="统一社会信用代码" placeholder="新单位必填" />
      <ProFormText name="leaderName" label="团队负责人" rules={[{ required: true, message: '请填写团队负责人' }]} />
      <ProFormText name="leaderTitle" label="负责人职称" />
      <ProFormText name="leaderPhone" label="负责人电话" />
      <ProFormTextArea
        name="members"
        label="团队成员"
        placeholder="每行一人：姓名，职称，单位，分工"
        fieldProps={{ autoSize: { minRows: 2, maxRows: 5 } }}
      />
      <ProFormTextArea
        name="solution"
        label="技术方案"
        rules={[{ required: true, message: '请填写技术方案' }]}
        fieldProps={{ autoSize: { minRows: 3, maxRows: 6 } }}
      />
      <ProFormDigit
        name="budget"
        label="申请经费（万元）"
        min={0}
        rules={[{ required: true, message: '请填写申请经费' }]}
        fieldProps={{ stringMode: true }}
      />
      <ProFormDigit name="periodMonths" label="研发周期（月）" min={1} max={120} fieldProps={{ precision: 0 }} />
      <ProFormDatePicker
        name="appliedOn"
        label="申请日期"
        rules={[{ required: true, message: '请选择申请日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
    </ModalForm>
  );
}
