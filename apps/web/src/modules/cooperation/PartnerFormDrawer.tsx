import { DrawerForm, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import { COOPERATION_DICTS, type TCoopPartner } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useSession } from '../auth/use-session';
import { useDictItems } from '../dict/use-dict-items';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { dictOptions } from './coop-ui';
import { coopPartnerApi } from './cooperation.api';

interface FormValues {
  name: string;
  kind: string;
  province?: string;
  city?: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  regionCode: string;
  remark?: string;
}

interface Props {
  record: TCoopPartner | null;
  onClose: () => void;
  onSaved: () => void;
}

/** 登记 / 编辑 合作单位. The stored phone is never sent to the page (masked); typing one replaces it. */
export function PartnerFormDrawer({ record, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const { user } = useSession();
  const kinds = useDictItems(COOPERATION_DICTS.partnerKind);

  const save = async (v: FormValues) => {
    const body = {
      name: v.name,
      kind: v.kind,
      province: v.province || null,
      city: v.city || null,
      address: v.address || null,
      contactName: v.contactName || null,
      regionCode: v.regionCode,
      remark: v.remark || null,
      // An edit leaves the stored phone as it is unless a new one is typed.
      ...(v.contactPhone ? { contactPhone: v.contactPhone } : record ? {} : { contactPhone: null }),
    };
    try {
      const saved = record
        ? await coopPartnerApi.update(record.id, { ...body, version: record.version })
        : await coopPartnerApi.create(body);
      showSuccess(record ? `已保存“${saved.name}”` : `已登记合作单位“${saved.name}”`);
      onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };

  return (
    <DrawerForm<FormValues>
      title={record ? `编辑合作单位 · ${record.name}` : '登记合作单位'}
      open
      name="coop-partner-form"
      form={form}
      width={560}
      layout="horizontal"
      labelCol={{ span: 6 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={
        record
          ? {
              name: record.name,
              kind: record.kind,
              province: record.province ?? undefined,
              city: record.city ?? undefined,
              address: record.address ?? undefined,
              contactName: record.contactName ?? undefined,
              regionCode: record.regionCode,
              remark: record.remark ?? undefined,
            }
          : { regionCode: user?.regionCode }
      }
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      <ProFormText name="name" label="单位名称" rules={[{ required: true, message: '请输入单位名称' }]} />
      <ProFormSelect
        name="kind"
        label="单位类别"
        options={dictOptions(kinds)}
        rules={[{ required: true, message: '请选择单位类别' }]}
      />
      <ProFormText name="province" label="所在省份" placeholder="如 甘肃省、江苏省" />
      <ProFormText name="city" label="所在城市" placeholder="如 兰州市" />
      <ProFormText name="address" label="地址" />
      <ProFormText name="contactName" label="联系人" />
      <ProFormText
        name="contactPhone"
        label="联系电话"
        placeholder={record?.contactPhone ? `现为 ${record.contactPhone}，不改请留空` : undefined}
      />
      <Form.Item name="regionCode" label="登记县区" rules={[{ required: true, message: '请选择登记县区' }]}>
        <RegionTreeSelect focusCode={user?.regionCode} selectableLevels={['county']} placeholder="请选择县区" />
      </Form.Item>
      <ProFormTextArea name="remark" label="备注" fieldProps={{ autoSize: { minRows: 2, maxRows: 4 } }} />
    </DrawerForm>
  );
}
