import {
  DrawerForm,
  ProFormDatePicker,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Form } from 'antd';
import { COOPERATION_DICTS, wanInputToYuan, type TCoopProject } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { wanInputOf } from '../../ui/money-input';
import { handleMutationError } from '../../ui/mutation-error';
import { useSession } from '../auth/use-session';
import { useDictItems } from '../dict/use-dict-items';
import { EnterprisePicker } from '../enterprise/EnterprisePicker';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { dictOptions } from './coop-ui';
import { coopProjectApi } from './cooperation.api';
import { PartnerPicker } from './PartnerPicker';

/** The form's fields (dates as YYYY-MM-DD; money typed in 万元). */
interface FormValues {
  name: string;
  enterpriseId: number;
  partnerId: number;
  field: string;
  regionCode: string;
  startOn: string;
  endOn: string;
  enterpriseAmount?: string;
  partnerAmount?: string;
  governmentAmount?: string;
  content?: string;
  remark?: string;
}

interface Props {
  record: TCoopProject | null;
  onClose: () => void;
  onSaved: (saved: TCoopProject) => void;
}

const valuesOf = (r: TCoopProject): FormValues => ({
  name: r.name,
  enterpriseId: r.enterpriseId,
  partnerId: r.partnerId,
  field: r.field,
  regionCode: r.regionCode,
  startOn: r.startOn,
  endOn: r.endOn,
  enterpriseAmount: wanInputOf(r.enterpriseAmount),
  partnerAmount: wanInputOf(r.partnerAmount),
  governmentAmount: wanInputOf(r.governmentAmount),
  content: r.content ?? undefined,
  remark: r.remark ?? undefined,
});

const money = (name: string, label: string) => (
  <ProFormDigit name={name} label={`${label}（万元）`} min={0} fieldProps={{ stringMode: true }} />
);

/** 登记 / 编辑 合作项目 in a drawer: an enterprise of the register with a partner institution. */
export function CoopProjectFormDrawer({ record, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const { user } = useSession();
  const fields = useDictItems(COOPERATION_DICTS.field);

  const save = async (v: FormValues) => {
    const body = {
      name: v.name,
      enterpriseId: v.enterpriseId,
      partnerId: v.partnerId,
      field: v.field,
      regionCode: v.regionCode,
      startOn: v.startOn,
      endOn: v.endOn,
      enterpriseAmount: wanInputToYuan(v.enterpriseAmount),
      partnerAmount: wanInputToYuan(v.partnerAmount),
      governmentAmount: wanInputToYuan(v.governmentAmount),
      content: v.content || null,
      remark: v.remark || null,
    };
    try {
      const saved = record
        ? await coopProjectApi.update(record.id, { ...body, version: record.version })
        : await coopProjectApi.create(body);
      showSuccess(record ? `已保存“${saved.name}”` : `已登记合作项目“${saved.name}”`);
      onSaved(saved);
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };

  return (
    <DrawerForm<FormValues>
      title={record ? `编辑合作项目 · ${record.name}` : '登记合作项目'}
      open
      name="coop-project-form"
      form={form}
      width={620}
      layout="horizontal"
      labelCol={{ span: 7 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={record ? valuesOf(record) : { regionCode: user?.regionCode }}
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      <ProFormText name="name" label="项目名称" rules={[{ required: true, message: '请输入项目名称' }]} />
      <Form.Item name="enterpriseId" label="合作企业" rules={[{ required: true, message: '请选择合作企业' }]}>
        <EnterprisePicker />
      </Form.Item>
      <Form.Item name="partnerId" label="合作院所" rules={[{ required: true, message: '请选择合作院所' }]}>
        <PartnerPicker initialName={record?.partnerName} placeholder="输入高校、院所或企业名称" />
      </Form.Item>
      <ProFormSelect
        name="field"
        label="合作领域"
        options={dictOptions(fields)}
        rules={[{ required: true, message: '请选择合作领域' }]}
      />
      <Form.Item name="regionCode" label="所属县区" rules={[{ required: true, message: '请选择所属县区' }]}>
        <RegionTreeSelect focusCode={user?.regionCode} selectableLevels={['county']} placeholder="请选择所属县区" />
      </Form.Item>
      <ProFormDatePicker
        name="startOn"
        label="开始日期"
        rules={[{ required: true, message: '请选择开始日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <ProFormDatePicker
        name="endOn"
        label="结束日期"
        rules={[{ required: true, message: '请选择结束日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      {money('enterpriseAmount', '企业投入')}
      {money('partnerAmount', '合作院所投入')}
      {money('governmentAmount', '政府资金')}
      <ProFormTextArea name="content" label="合作内容" fieldProps={{ autoSize: { minRows: 2, maxRows: 5 } }} />
      <ProFormTextArea name="remark" label="备注" fieldProps={{ autoSize: { minRows: 2, maxRows: 4 } }} />
    </DrawerForm>
  );
}
