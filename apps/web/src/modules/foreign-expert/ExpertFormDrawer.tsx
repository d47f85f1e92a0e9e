import { DrawerForm, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import { FOREIGN_EXPERT_COUNTRY_DICT, type TForeignExpert, type TForeignExpertInput } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useSession } from '../auth/use-session';
import { useDictItems } from '../dict/use-dict-items';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { foreignExpertApi } from './foreign-expert.api';
import { useTalentBases } from './use-talent-bases';

interface FormValues {
  name: string;
  nameZh?: string;
  regionCode: string;
  country: string;
  field: string;
  employer?: string;
  passportNo?: string;
  phone?: string;
  email?: string;
  workPermitNo?: string;
  talentBaseId?: number;
  remark?: string;
}

interface Props {
  expert: TForeignExpert | null;
  onClose: () => void;
  onSaved: (saved: TForeignExpert) => void;
}

/** 新增 / 编辑 外国专家: the passport is typed in full once and then only shown masked (an edit leaves it empty). */
export function ExpertFormDrawer({ expert, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const { user } = useSession();
  const countries = useDictItems(FOREIGN_EXPERT_COUNTRY_DICT);
  const { bases } = useTalentBases();

  const save = async (v: FormValues) => {
    const body = {
      name: v.name,
      nameZh: v.nameZh || null,
      regionCode: v.regionCode,
      country: v.country,
      field: v.field,
      employer: v.employer || null,
      phone: v.phone || null,
      email: v.email || null,
      workPermitNo: v.workPermitNo || null,
      talentBaseId: v.talentBaseId ?? null,
      remark: v.remark || null,
    };
    try {
      const saved = expert
        ? await foreignExpertApi.updateExpert(expert.id, {
            ...body,
            ...(v.passportNo ? { passportNo: v.passportNo } : {}),
            version: expert.version,
          })
        : await foreignExpertApi.createExpert({ ...body, passportNo: v.passportNo ?? '' } as TForeignExpertInput);
      showSuccess(expert ? `已保存“${saved.name}”` : `已新增外国专家“${saved.name}”`);
      onSaved(saved);
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };

  const initial: Partial<FormValues> = expert
    ? {
        name: expert.name,
        nameZh: expert.nameZh ?? undefined,
        regionCode: expert.regionCode,
        country: expert.country,
        field: expert.field,
        employer: expert.employer ?? undefined,
        email: expert.email ?? undefined,
        workPermitNo: expert.workPermitNo ?? undefined,
        talentBaseId: expert.talentBaseId ?? undefined,
        remark: expert.remark ?? undefined,
      }
    : { regionCode: user?.regionCode };

  return (
    <DrawerForm<FormValues>
      title={expert ? `编辑外国专家 · ${expert.name}` : '新增外国专家'}
      open
      name="foreign-expert-form"
      form={form}
      width={600}
      layout="horizontal"
      labelCol={{ span: 7 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={initial}
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      <ProFormText name="name" label="姓名（外文）" rules={[{ required: true, message: '请输入姓名' }]} />
      <ProFormText name="nameZh" label="中文名" />
      <ProFormSelect
        name="country"
        label="国籍"
        showSearch
        options={countries.map((c) => ({ value: c.value, label: c.label }))}
        rules={[{ required: true, message: '请选择国籍' }]}
      />
      <ProFormText name="field" label="专业领域" rules={[{ required: true, message: '请输入专业领域' }]} />
      <ProFormText name="employer" label="工作单位" />
      <ProFormText
        name="passportNo"
        label="护照号码"
        placeholder={expert ? `${expert.passportMasked ?? ''}（不修改请留空）` : '完整号码，保存后只显示脱敏号码'}
        rules={expert ? [] : [{ required: true, message: '请输入护照号码' }]}
      />
      <ProFormText name="phone" label="联系电话" placeholder={expert?.phoneMasked ?? undefined} />
      <ProFormText name="email" label="电子邮箱" />
      <ProFormText name="workPermitNo" label="来华工作许可证号" placeholder="持有外国人来华工作许可的填写" />
      <ProFormSelect
        name="talentBaseId"
        label="引智基地"
        allowClear
        options={bases.map((b) => ({ value: b.id, label: b.name }))}
      />
      <Form.Item name="regionCode" label="所属县区" rules={[{ required: true, message: '请选择所属县区' }]}>
        <RegionTreeSelect focusCode={user?.regionCode} selectableLevels={['county']} placeholder="请选择所属县区" />
      </Form.Item>
      <ProFormTextArea name="remark" label="备注" fieldProps={{ autoSize: { minRows: 2, maxRows: 4 } }} />
    </DrawerForm>
  );
}
