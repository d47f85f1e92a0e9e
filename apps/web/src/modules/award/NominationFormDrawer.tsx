import { DrawerForm, ProFormDatePicker, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import { useEffect, useState } from 'react';
import { chinaToday, type TAwardNomination, type TAwardProgramme } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { awardApi } from './award.api';
import { NomineeFields, nomineeBody, type NomineeValues } from './NomineeFields';
import { useAwardLabels } from './use-award-labels';

interface FormValues extends NomineeValues {
  programmeId: number;
  category: string;
  title?: string;
  nominatedOn: string;
  remark?: string;
}

interface Props {
  record: TAwardNomination | null;
  /** The programme to nominate to, when the list is filtered to one. */
  programmeId?: number;
  onClose: () => void;
  onSaved: (saved: TAwardNomination) => void;
}

/** 登记推荐 / 编辑推荐: a unit or a person, in one of the programme's categories. */
export function NominationFormDrawer({ record, programmeId, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const labels = useAwardLabels();
  const [programmes, setProgrammes] = useState<TAwardProgramme[]>([]);
  const chosen = Form.useWatch('programmeId', form);

  useEffect(() => {
    awardApi.programmes({ pageSize: 200 }).then((page) => setProgrammes(page.data), showError);
  }, []);
  const categories = programmes.find((p) => p.id === (chosen ?? record?.programmeId))?.categories ?? [];

  const save = async (v: FormValues) => {
    const nominee = nomineeBody(v);
    const fields = {
      ...nominee,
      category: v.category,
      title: v.title || null,
      nominatedOn: v.nominatedOn,
      remark: v.remark || null,
    };
    try {
      const saved = record
        ? await awardApi.updateNomination(record.id, {
            ...fields,
            // The phone is shown masked: left empty, it stays as stored.
            contactPhone: v.contactPhone ? v.contactPhone : undefined,
            version: record.version,
          })
        : await awardApi.createNomination({ ...fields, programmeId: v.programmeId });
      showSuccess(record ? '已保存推荐信息' : `已登记推荐：${saved.personName ?? saved.unitName}`);
      onSaved(saved);
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };

  const initial: Partial<FormValues> = record
    ? {
        programmeId: record.programmeId,
        category: record.category,
        nomineeKind: record.nomineeKind as NomineeValues['nomineeKind'],
        enterpriseId: record.enterpriseId ?? undefined,
        unitName: record.unitName ?? undefined,
        personName: record.personName ?? undefined,
        title: record.title ?? undefined,
        nominatedOn: record.nominatedOn,
        remark: record.remark ?? undefined,
      }
    : { programmeId, nomineeKind: 'unit', nominatedOn: chinaToday() };

  return (
    <DrawerForm<FormValues>
      title={record ? `编辑推荐 · ${record.personName ?? record.unitName}` : '登记推荐'}
      open
      name="award-nomination-form"
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
        name="programmeId"
        label="评选"
        disabled={!!record}
        options={programmes.map((p) => ({ value: p.id, label: `${p.name}（${p.year}）` }))}
        rules={[{ required: true, message: '请选择评选' }]}
      />
      <ProFormSelect
        name="category"
        label="奖项类别"
        options={categories.map((c) => ({ value: c, label: labels.categories[c] ?? c }))}
        rules={[{ required: true, message: '请选择奖项类别' }]}
      />
      <NomineeFields editing={!!record} />
      <ProFormText name="title" label="成果名称" />
      <ProFormDatePicker
        name="nominatedOn"
        label="推荐日期"
        rules={[{ required: true, message: '请选择推荐日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <ProFormTextArea name="remark" label="备注" fieldProps={{ autoSize: { minRows: 2, maxRows: 4 } }} />
    </DrawerForm>
  );
}
