import {
  ModalForm,
  ProFormCheckbox,
  ProFormDatePicker,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Form } from 'antd';
import { COOPERATION_DICTS, type TCoopMilestone } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useDictItems } from '../dict/use-dict-items';
import { dictOptions } from './coop-ui';
import { coopProjectApi } from './cooperation.api';

interface MilestoneValues {
  title: string;
  plannedOn: string;
  actualOn?: string;
  done?: boolean;
  note?: string;
}

/** 新增 / 填报 a milestone in a modal: a planned date, and when done its actual date. */
export function MilestoneModal(p: {
  projectId: number;
  milestone: TCoopMilestone | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<MilestoneValues>();
  const m = p.milestone;
  const save = async (v: MilestoneValues) => {
    const body = {
      title: v.title,
      plannedOn: v.plannedOn,
      actualOn: v.actualOn || null,
      done: !!v.done,
      note: v.note || null,
    };
    try {
      if (m) await coopProjectApi.updateMilestone(p.projectId, m.id, body);
      else await coopProjectApi.addMilestone(p.projectId, body);
      showSuccess(m ? '已填报里程碑进展' : '已新增里程碑');
      p.onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form });
      return false;
    }
  };
  return (
    <ModalForm<MilestoneValues>
      title={m ? `填报里程碑 · ${m.title}` : '新增里程碑'}
      open
      form={form}
      width={480}
      layout="horizontal"
      labelCol={{ span: 7 }}
      modalProps={{ onCancel: p.onClose, destroyOnHidden: true }}
      initialValues={
        m
          ? {
              title: m.title,
              plannedOn: m.plannedOn,
              actualOn: m.actualOn ?? undefined,
              done: m.done,
              note: m.note ?? '',
            }
          : {}
      }
      onFinish={save}
    >
      <ProFormText name="title" label="节点名称" rules={[{ required: true, message: '请输入节点名称' }]} />
      <ProFormDatePicker
        name="plannedOn"
        label="计划日期"
        rules={[{ required: true, message: '请选择计划日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <ProFormDatePicker
        name="actualOn"
        label="实际完成日期"
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <ProFormCheckbox name="done" label="已完成" />
      <ProFormTextArea name="note" label="说明" fieldProps={{ autoSize: { minRows: 2, maxRows: 4 } }} />
    </ModalForm>
  );
}

interface OutputValues {
  kind: string;
  title: string;
  count: number;
  achievedOn: string;
}

/** 登记合作成果 in a modal: kind from the dictionary, title, count, date. */
export function OutputModal(p: { projectId: number; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<OutputValues>();
  const kinds = useDictItems(COOPERATION_DICTS.outputKind);
  const save = async (v: OutputValues) => {
    try {
      await coopProjectApi.addOutput(p.projectId, { ...v, count: Number(v.count) });
      showSuccess(`已登记成果“${v.title}”`);
      p.onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form });
      return false;
    }
  };
  return (
    <ModalForm<OutputValues>
      title="登记合作成果"
      open
      form={form}
      width={480}
      layout="horizontal"
      labelCol={{ span: 6 }}
      modalProps={{ onCancel: p.onClose, destroyOnHidden: true }}
      initialValues={{ count: 1 }}
      onFinish={save}
    >
      <ProFormSelect
        name="kind"
        label="成果类型"
        options={dictOptions(kinds)}
        rules={[{ required: true, message: '请选择成果类型' }]}
      />
      <ProFormText name="title" label="成果名称" rules={[{ required: true, message: '请输入成果名称' }]} />
      <ProFormDigit name="count" label="数量" min={1} fieldProps={{ precision: 0 }} rules={[{ required: true }]} />
      <ProFormDatePicker
        name="achievedOn"
        label="取得日期"
        rules={[{ required: true, message: '请选择取得日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
    </ModalForm>
  );
}
