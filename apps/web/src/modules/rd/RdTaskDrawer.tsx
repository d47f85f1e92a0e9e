import {
  DrawerForm,
  ProFormDatePicker,
  ProFormDigit,
  ProFormCheckbox,
  ProFormItem,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Form } from 'antd';
import dayjs from 'dayjs';
import { RD_UNIT_PICK_LABELS, type RdUnitPick } from '@kechuang/domain';
import { getFeedback, showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { EnterpriseMultiPicker } from './task/EnterpriseMultiPicker';
import { rdApi } from './rd.api';

interface Values {
  title: string;
  year: number;
  half: '' | 'H1' | 'H2';
  dueDate: string | dayjs.Dayjs;
  picks: RdUnitPick[];
  enterpriseIds: number[];
  remark?: string;
}

/** New collection task: period, due date and which units must report (frozen when created, as a draft). */
export function RdTaskDrawer({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const submit = async (v: Values) => {
    try {
      const task = await rdApi.createTask({
        title: v.title,
        period: `${v.year}${v.half}`,
        dueDate: dayjs(v.dueDate).format('YYYY-MM-DD'),
        units: { picks: v.picks ?? [], tags: [], enterpriseIds: v.enterpriseIds ?? [] },
        remark: v.remark ?? null,
      });
      showSuccess(`已新建任务“${task.title}”，共 ${task.counts.units} 个填报单位（草稿，发布后单位可填报）`);
      if (task.skipped.length > 0) {
        getFeedback().modal.info({
          title: `有 ${task.skipped.length} 个单位未加入`,
          content: task.skipped.map((s) => `${s.enterpriseName}：${s.reason}`).join('；'),
        });
      }
      form.resetFields();
      onCreated();
      return true;
    } catch (e) {
      handleMutationError(e, { form });
      return false;
    }
  };
  return (
    <DrawerForm<Values>
      title="新建填报任务"
      form={form}
      open={open}
      width={560}
      drawerProps={{ onClose, destroyOnHidden: true }}
      initialValues={{ year: dayjs().year() - 1, half: '', picks: [], enterpriseIds: [] }}
      onFinish={submit}
    >
      <ProFormText
        name="title"
        label="任务名称"
        rules={[{ required: true, message: '请填写任务名称' }]}
        placeholder="如 2025年度全县研发经费统计"
      />
      <ProFormDigit
        name="year"
        label="统计年度"
        min={2000}
        max={2100}
        fieldProps={{ precision: 0 }}
        rules={[{ required: true, message: '请填写统计年度' }]}
      />
      <ProFormSelect
        name="half"
        label="期间"
        options={[
          { value: '', label: '全年' },
          { value: 'H1', label: '上半年' },
          { value: 'H2', label: '下半年' },
        ]}
        allowClear={false}
      />
      <ProFormDatePicker name="dueDate" label="截止日期" rules={[{ required: true, message: '请选择截止日期' }]} />
      <ProFormCheckbox.Group
        name="picks"
        label="填报单位范围"
        options={Object.entries(RD_UNIT_PICK_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <ProFormItem name="enterpriseIds" label="另行指定单位">
        <EnterpriseMultiPicker />
      </ProFormItem>
      <ProFormTextArea name="remark" label="备注" />
    </DrawerForm>
  );
}
