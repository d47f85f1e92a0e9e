import { DrawerForm, ProFormDatePicker, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import { useEffect, useState } from 'react';
import { chinaToday, type TCompetition, type TCompetitionEntry } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { awardApi } from './award.api';
import { NomineeFields, nomineeBody, type NomineeValues } from './NomineeFields';

interface FormValues extends NomineeValues {
  competitionId: number;
  projectTitle?: string;
  enteredOn: string;
  remark?: string;
}

interface Props {
  record: TCompetitionEntry | null;
  competitionId?: number;
  onClose: () => void;
  onSaved: (saved: TCompetitionEntry) => void;
}

/** 登记参赛 / 编辑参赛: a unit or a person entering a competition (it starts at 报名). */
export function EntryFormDrawer({ record, competitionId, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [competitions, setCompetitions] = useState<TCompetition[]>([]);
  useEffect(() => {
    awardApi.competitions({ pageSize: 200 }).then((page) => setCompetitions(page.data), showError);
  }, []);

  const save = async (v: FormValues) => {
    const fields = {
      ...nomineeBody(v),
      projectTitle: v.projectTitle || null,
      enteredOn: v.enteredOn,
      remark: v.remark || null,
    };
    try {
      const saved = record
        ? await awardApi.updateEntry(record.id, {
            ...fields,
            contactPhone: v.contactPhone ? v.contactPhone : undefined,
            version: record.version,
          })
        : await awardApi.createEntry({ ...fields, competitionId: v.competitionId });
      showSuccess(record ? '已保存参赛信息' : `已登记参赛：${saved.personName ?? saved.unitName}`);
      onSaved(saved);
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };

  const initial: Partial<FormValues> = record
    ? {
        competitionId: record.competitionId,
        nomineeKind: record.nomineeKind as NomineeValues['nomineeKind'],
        enterpriseId: record.enterpriseId ?? undefined,
        unitName: record.unitName ?? undefined,
        personName: record.personName ?? undefined,
        projectTitle: record.projectTitle ?? undefined,
        enteredOn: record.enteredOn,
        remark: record.remark ?? undefined,
      }
    : { competitionId, nomineeKind: 'unit', enteredOn: chinaToday() };

  return (
    <DrawerForm<FormValues>
      title={record ? `编辑参赛 · ${record.personName ?? record.unitName}` : '登记参赛'}
      open
      name="award-entry-form"
      form={form}
      width={620}
      layout="horizontal"
      labelCol={{ span: 6 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={initial}
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      <ProFormSelect
        name="competitionId"
        label="大赛"
        disabled={!!record}
        options={competitions.map((c) => ({ value: c.id, label: c.displayName }))}
        rules={[{ required: true, message: '请选择大赛' }]}
      />
      <NomineeFields editing={!!record} />
      <ProFormText name="projectTitle" label="参赛项目" />
      <ProFormDatePicker
        name="enteredOn"
        label="报名日期"
        rules={[{ required: true, message: '请选择报名日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <ProFormTextArea name="remark" label="备注" fieldProps={{ autoSize: { minRows: 2, maxRows: 4 } }} />
    </DrawerForm>
  );
}
