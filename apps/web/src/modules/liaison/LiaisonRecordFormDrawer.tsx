import { DrawerForm, ProFormDatePicker, ProFormDigit, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import { chinaToday, wanInputToYuan, type TLiaisonRecord } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { wanInputOf } from '../../ui/money-input';
import { handleMutationError } from '../../ui/mutation-error';
import { useSession } from '../auth/use-session';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { liaisonApi } from './liaison.api';

/** The form's fields (the date as YYYY-MM-DD: the form's dateFormatter is 'string'; the amount typed in 万元). */
interface FormValues {
  name: string;
  regionCode: string;
  recordedOn: string;
  amount?: string;
  remark?: string;
}

interface Props {
  /** The record being edited, or null to add one. */
  record: TLiaisonRecord | null;
  onClose: () => void;
  onSaved: (saved: TLiaisonRecord) => void;
}

const valuesOf = (r: TLiaisonRecord): FormValues => ({
  name: r.name,
  regionCode: r.regionCode,
  recordedOn: r.recordedOn,
  amount: wanInputOf(r.amount),
  remark: r.remark ?? undefined,
});

/** 新增 / 编辑 干部包企业 in a drawer; an edit sends the version it was opened with (a 409 offers 刷新数据). */
export function LiaisonRecordFormDrawer({ record, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const { user } = useSession();

  const save = async (v: FormValues) => {
    const body = {
      name: v.name,
      regionCode: v.regionCode,
      recordedOn: v.recordedOn,
      amount: wanInputToYuan(v.amount),
      remark: v.remark || null,
    };
    try {
      const saved = record
        ? await liaisonApi.update(record.id, { ...body, version: record.version })
        : await liaisonApi.create(body);
      showSuccess(record ? `已保存“${saved.name}”` : `已新增“${saved.name}”`);
      onSaved(saved);
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };

  return (
    <DrawerForm<FormValues>
      title={record ? `编辑干部包企业 · ${record.name}` : '新增干部包企业'}
      open
      name="liaison-form"
      form={form}
      width={560}
      layout="horizontal"
      labelCol={{ span: 6 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={record ? valuesOf(record) : { regionCode: user?.regionCode, recordedOn: chinaToday() }}
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      <ProFormText name="name" label="名称" rules={[{ required: true, message: '请输入名称' }]} />
      <Form.Item name="regionCode" label="所属县区" rules={[{ required: true, message: '请选择所属县区' }]}>
        <RegionTreeSelect focusCode={user?.regionCode} selectableLevels={['county']} placeholder="请选择所属县区" />
      </Form.Item>
      <ProFormDatePicker
        name="recordedOn"
        label="登记日期"
        rules={[{ required: true, message: '请选择登记日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <ProFormDigit name="amount" label="金额（万元）" min={0} fieldProps={{ stringMode: true }} />
      <ProFormTextArea name="remark" label="备注" fieldProps={{ autoSize: { minRows: 2, maxRows: 4 } }} />
    </DrawerForm>
  );
}
