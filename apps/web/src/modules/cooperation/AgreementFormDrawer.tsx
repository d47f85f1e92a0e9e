import { DrawerForm, ProFormDatePicker, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import { COOPERATION_DICTS, GOV_PARTY_LABELS, type GovParty, type TCoopAgreement } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useSession } from '../auth/use-session';
import { useDictItems } from '../dict/use-dict-items';
import { EnterprisePicker } from '../enterprise/EnterprisePicker';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { dictOptions } from './coop-ui';
import { coopAgreementApi } from './cooperation.api';
import { PartnerPicker } from './PartnerPicker';

interface FormValues {
  title: string;
  type: string;
  govParty?: GovParty;
  enterpriseId?: number;
  partnerId?: number;
  signedOn: string;
  endOn: string;
  scope?: string;
  regionCode: string;
  remark?: string;
}

interface Props {
  record: TCoopAgreement | null;
  onClose: () => void;
  onSaved: () => void;
}

const GOV_OPTIONS = Object.entries(GOV_PARTY_LABELS).map(([value, label]) => ({ value, label }));

/** 登记 / 编辑 合作协议: at least two of the government, an enterprise of the register and a partner sign. */
export function AgreementFormDrawer({ record, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const { user } = useSession();
  const types = useDictItems(COOPERATION_DICTS.agreementType);

  const save = async (v: FormValues) => {
    const body = {
      title: v.title,
      type: v.type,
      govParty: v.govParty ?? null,
      enterpriseId: v.enterpriseId ?? null,
      partnerId: v.partnerId ?? null,
      signedOn: v.signedOn,
      endOn: v.endOn,
      scope: v.scope || null,
      regionCode: v.regionCode,
      remark: v.remark || null,
    };
    try {
      const saved = record
        ? await coopAgreementApi.update(record.id, { ...body, version: record.version })
        : await coopAgreementApi.create(body);
      showSuccess(record ? `已保存“${saved.title}”` : `已登记合作协议“${saved.title}”`);
      onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };

  return (
    <DrawerForm<FormValues>
      title={record ? `编辑合作协议 · ${record.title}` : '登记合作协议'}
      open
      name="coop-agreement-form"
      form={form}
      width={620}
      layout="horizontal"
      labelCol={{ span: 6 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={
        record
          ? {
              title: record.title,
              type: record.type,
              govParty: (record.govParty as GovParty | null) ?? undefined,
              enterpriseId: record.enterpriseId ?? undefined,
              partnerId: record.partnerId ?? undefined,
              signedOn: record.signedOn,
              endOn: record.endOn,
              scope: record.scope ?? undefined,
              regionCode: record.regionCode,
              remark: record.remark ?? undefined,
            }
          : { regionCode: user?.regionCode, type: 'strategic', govParty: 'county_government' }
      }
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      <ProFormText name="title" label="协议名称" rules={[{ required: true, message: '请输入协议名称' }]} />
      <ProFormSelect
        name="type"
        label="协议类型"
        options={dictOptions(types)}
        rules={[{ required: true, message: '请选择协议类型' }]}
      />
      <ProFormSelect name="govParty" label="政府签约方" options={GOV_OPTIONS} allowClear />
      <Form.Item name="partnerId" label="合作单位">
        <PartnerPicker initialName={record?.partnerName} />
      </Form.Item>
      <Form.Item name="enterpriseId" label="签约企业" extra="本县企业参与签约时选择">
        <EnterprisePicker />
      </Form.Item>
      <ProFormDatePicker
        name="signedOn"
        label="签订日期"
        rules={[{ required: true, message: '请选择签订日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <ProFormDatePicker
        name="endOn"
        label="到期日期"
        rules={[{ required: true, message: '请选择到期日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <Form.Item name="regionCode" label="所属县区" rules={[{ required: true, message: '请选择所属县区' }]}>
        <RegionTreeSelect focusCode={user?.regionCode} selectableLevels={['county']} placeholder="请选择所属县区" />
      </Form.Item>
      <ProFormTextArea name="scope" label="合作内容" fieldProps={{ autoSize: { minRows: 2, maxRows: 5 } }} />
      <ProFormTextArea name="remark" label="备注" fieldProps={{ autoSize: { minRows: 2, maxRows: 4 } }} />
    </DrawerForm>
  );
}
