import { DrawerForm, ProFormDigit, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import type { AwardLevel, TCompetition } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useSession } from '../auth/use-session';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { awardApi } from './award.api';
import { optionsOf, useAwardLabels } from './use-award-labels';

interface FormValues {
  name: string;
  edition?: number;
  division?: string;
  organiser: string;
  level: AwardLevel;
  year: number;
  regionCode: string;
  remark?: string;
}

interface Props {
  record: TCompetition | null;
  onClose: () => void;
  onSaved: (saved: TCompetition) => void;
}

/** 登记 / 编辑 大赛: its name, 届次 and 赛区 or 赛段 (第十一届中国创新创业大赛 · 甘肃赛区). */
export function CompetitionFormDrawer({ record, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const { user } = useSession();
  const labels = useAwardLabels();
  const save = async (v: FormValues) => {
    const body = { ...v, edition: v.edition ?? null, division: v.division || null, remark: v.remark || null };
    try {
      const saved = record
        ? await awardApi.updateCompetition(record.id, { ...body, version: record.version })
        : await awardApi.createCompetition(body);
      showSuccess(record ? `已保存“${saved.displayName}”` : `已登记“${saved.displayName}”`);
      onSaved(saved);
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };
  return (
    <DrawerForm<FormValues>
      title={record ? `编辑大赛 · ${record.displayName}` : '登记大赛'}
      open
      name="award-competition-form"
      form={form}
      width={600}
      layout="horizontal"
      labelCol={{ span: 6 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={
        record
          ? {
              ...record,
              edition: record.edition ?? undefined,
              division: record.division ?? undefined,
              remark: record.remark ?? undefined,
            }
          : { regionCode: user?.regionCode, year: new Date().getFullYear(), level: 'provincial' }
      }
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      <ProFormText
        name="name"
        label="大赛名称"
        placeholder="如：中国创新创业大赛"
        rules={[{ required: true, message: '请输入大赛名称' }]}
      />
      <ProFormDigit name="edition" label="届次" min={1} fieldProps={{ precision: 0 }} placeholder="如 11（第十一届）" />
      <ProFormText name="division" label="赛区或赛段" placeholder="如：甘肃赛区、省选拔赛、预赛" />
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
      <Form.Item name="regionCode" label="所属县区" rules={[{ required: true, message: '请选择所属县区' }]}>
        <RegionTreeSelect focusCode={user?.regionCode} selectableLevels={['county']} placeholder="请选择所属县区" />
      </Form.Item>
      <ProFormTextArea name="remark" label="备注" fieldProps={{ autoSize: { minRows: 2, maxRows: 4 } }} />
    </DrawerForm>
  );
}
