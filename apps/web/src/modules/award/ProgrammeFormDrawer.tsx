import { DrawerForm, ProFormDigit, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import type { AwardLevel, TAwardProgramme } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useSession } from '../auth/use-session';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { awardApi } from './award.api';
import { optionsOf, useAwardLabels } from './use-award-labels';

interface FormValues {
  name: string;
  organiser: string;
  level: AwardLevel;
  year: number;
  categories: string[];
  regionCode: string;
  remark?: string;
}

interface Props {
  record: TAwardProgramme | null;
  onClose: () => void;
  onSaved: (saved: TAwardProgramme) => void;
}

/** 登记 / 编辑 奖励评选 in a drawer; an edit sends the version it was opened with (a 409 offers 刷新数据). */
export function ProgrammeFormDrawer({ record, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const { user } = useSession();
  const labels = useAwardLabels();

  const save = async (v: FormValues) => {
    const body = { ...v, remark: v.remark || null };
    try {
      const saved = record
        ? await awardApi.updateProgramme(record.id, { ...body, version: record.version })
        : await awardApi.createProgramme(body);
      showSuccess(record ? `已保存“${saved.name}”` : `已登记“${saved.name}”`);
      onSaved(saved);
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };

  return (
    <DrawerForm<FormValues>
      title={record ? `编辑奖励评选 · ${record.name}` : '登记奖励评选'}
      open
      name="award-programme-form"
      form={form}
      width={600}
      layout="horizontal"
      labelCol={{ span: 6 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={
        record
          ? { ...record, remark: record.remark ?? undefined }
          : { regionCode: user?.regionCode, year: new Date().getFullYear(), level: 'city' }
      }
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      <ProFormText name="name" label="评选名称" rules={[{ required: true, message: '请输入评选名称' }]} />
      <ProFormText name="organiser" label="主办单位" rules={[{ required: true, message: '请输入主办单位' }]} />
      <ProFormSelect name="level" label="级别" options={optionsOf(labels.levels)} rules={[{ required: true }]} />
      <ProFormDigit
        name="year"
        label="年度"
        min={2000}
        max={2100}
        fieldProps={{ precision: 0 }}
        rules={[{ required: true }]}
      />
      <ProFormSelect
        name="categories"
        label="奖项类别"
        mode="multiple"
        options={optionsOf(labels.categories)}
        rules={[{ required: true, message: '请至少选择一个奖项类别' }]}
      />
      <Form.Item name="regionCode" label="所属县区" rules={[{ required: true, message: '请选择所属县区' }]}>
        <RegionTreeSelect focusCode={user?.regionCode} selectableLevels={['county']} placeholder="请选择所属县区" />
      </Form.Item>
      <ProFormTextArea name="remark" label="备注" fieldProps={{ autoSize: { minRows: 2, maxRows: 4 } }} />
    </DrawerForm>
  );
}
