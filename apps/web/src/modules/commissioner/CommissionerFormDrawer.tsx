import { useEffect, useState } from 'react';
import {
  DrawerForm,
  ProFormDatePicker,
  ProFormDependency,
  ProFormRadio,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Form } from 'antd';
import {
  COMMISSIONER_FIELD_DICT,
  COMMISSIONER_LEVEL_LABELS,
  COMMISSIONER_UNIT_KIND_DICT,
  TITLE_LEVELS,
  checkEligibility,
  type TCommissioner,
  type TCommissionerLevelRule,
} from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useSession } from '../auth/use-session';
import { useDictItems } from '../dict/use-dict-items';
import { EnterprisePicker } from '../enterprise/EnterprisePicker';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { commissionerAccounts, commissionerApi } from './commissioner.api';
import { EligibilityList } from './EligibilityList';

interface FormValues {
  name: string;
  gender: '男' | '女';
  birthDate: string;
  idNumber?: string;
  phone?: string;
  education?: string;
  title?: string;
  titleLevel: (typeof TITLE_LEVELS)[number];
  speciality?: string;
  field?: string;
  unitName: string;
  unitKind: string;
  unitEnterpriseId?: number;
  level: 'province' | 'city' | 'county';
  batch: string;
  termStart: string;
  termEnd?: string;
  teamName?: string;
  userId?: number;
  regionCode: string;
  remark?: string;
}

interface Props {
  /** The commissioner being edited, or null to add one. */
  record: TCommissioner | null;
  onClose: () => void;
  onSaved: (saved: TCommissioner) => void;
}

const valuesOf = (r: TCommissioner): FormValues => ({
  name: r.name,
  gender: r.gender as '男' | '女',
  birthDate: r.birthDate,
  education: r.education ?? undefined,
  title: r.title ?? undefined,
  titleLevel: r.titleLevel as FormValues['titleLevel'],
  speciality: r.speciality ?? undefined,
  field: r.field ?? undefined,
  unitName: r.unitName,
  unitKind: r.unitKind,
  unitEnterpriseId: r.unitEnterpriseId ?? undefined,
  level: r.level as FormValues['level'],
  batch: r.batch,
  termStart: r.termStart,
  termEnd: r.termEnd,
  teamName: r.teamName ?? undefined,
  userId: r.userId ?? undefined,
  regionCode: r.regionCode,
  remark: r.remark ?? undefined,
});

const date = { format: 'YYYY-MM-DD', style: { width: '100%' } };
const opt = (v?: string) => v?.trim() || null;

/**
 * 新增 / 编辑 科技特派员 in a drawer, with the eligibility of the level's rule checked as the user types (the same
 * engine the server uses); an edit sends its version (a 409 offers 刷新数据). The ID number and phone of an
 * existing record are never sent to the browser: left empty, they stay as they are.
 */
export function CommissionerFormDrawer({ record, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const { user } = useSession();
  const fields = useDictItems(COMMISSIONER_FIELD_DICT);
  const unitKinds = useDictItems(COMMISSIONER_UNIT_KIND_DICT);
  const [rules, setRules] = useState<TCommissionerLevelRule[]>([]);
  useEffect(() => {
    commissionerApi.levelRules().then(setRules, showError);
  }, []);

  const save = async (v: FormValues) => {
    const body = {
      name: v.name,
      gender: v.gender,
      birthDate: v.birthDate,
      ...(v.idNumber ? { idNumber: v.idNumber.trim() } : {}),
      ...(v.phone ? { phone: v.phone.trim() } : record ? {} : { phone: null }),
      education: opt(v.education),
      title: opt(v.title),
      titleLevel: v.titleLevel,
      speciality: opt(v.speciality),
      field: v.field ?? null,
      unitName: v.unitName,
      unitKind: v.unitKind,
      unitEnterpriseId: v.unitEnterpriseId ?? null,
      level: v.level,
      batch: v.batch,
      termStart: v.termStart,
      termEnd: v.termEnd || null,
      teamName: opt(v.teamName),
      userId: v.userId ?? null,
      regionCode: v.regionCode,
      remark: opt(v.remark),
    };
    try {
      const saved = record
        ? await commissionerApi.update(record.id, { ...body, version: record.version })
        : await commissionerApi.create({ ...body, idNumber: body.idNumber ?? '' });
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
      title={record ? `编辑科技特派员 · ${record.name}` : '新增科技特派员'}
      open
      name="commissioner-form"
      form={form}
      width={640}
      layout="horizontal"
      labelCol={{ span: 6 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={
        record ? valuesOf(record) : { regionCode: user?.regionCode, level: 'county', gender: '男', titleLevel: '中级' }
      }
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      <ProFormText name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]} />
      <ProFormRadio.Group name="gender" label="性别" options={['男', '女']} rules={[{ required: true }]} />
      <ProFormDatePicker
        name="birthDate"
        label="出生日期"
        rules={[{ required: true, message: '请选择出生日期' }]}
        fieldProps={date}
      />
      <ProFormText
        name="idNumber"
        label="身份证号"
        placeholder={record ? `${record.idNumberMasked}（留空不修改）` : '18 位，末位 X 大写'}
        rules={record ? [] : [{ required: true, message: '请填写身份证号' }]}
      />
      <ProFormText
        name="phone"
        label="联系电话"
        placeholder={record?.phoneMasked ? `${record.phoneMasked}（留空不修改）` : '11 位手机号'}
      />
      <ProFormText name="education" label="学历" />
      <ProFormText name="title" label="职称" placeholder="如 高级农艺师" />
      <ProFormSelect
        name="titleLevel"
        label="职称级别"
        options={[...TITLE_LEVELS].reverse().map((l) => ({ value: l, label: l }))}
        rules={[{ required: true, message: '请选择职称级别' }]}
      />
      <ProFormText name="speciality" label="专业特长" />
      <ProFormSelect name="field" label="服务领域" options={fields.map((f) => ({ value: f.value, label: f.label }))} />
      <ProFormText name="unitName" label="派出单位" rules={[{ required: true, message: '请填写派出单位' }]} />
      <ProFormSelect
        name="unitKind"
        label="派出单位类型"
        options={unitKinds.map((f) => ({ value: f.value, label: f.label }))}
        rules={[{ required: true, message: '请选择派出单位类型' }]}
      />
      <Form.Item name="unitEnterpriseId" label="派出企业" tooltip="派出单位是企业名录中的企业时选择">
        <EnterprisePicker />
      </Form.Item>
      <ProFormSelect
        name="level"
        label="级别"
        options={Object.entries(COMMISSIONER_LEVEL_LABELS).map(([value, label]) => ({ value, label }))}
        rules={[{ required: true, message: '请选择级别' }]}
      />
      <ProFormText
        name="batch"
        label="批次"
        placeholder="如 第七批"
        rules={[{ required: true, message: '请填写批次' }]}
      />
      <ProFormDatePicker
        name="termStart"
        label="任期开始"
        rules={[{ required: true, message: '请选择任期开始日期' }]}
        fieldProps={date}
      />
      <ProFormDatePicker
        name="termEnd"
        label="任期结束"
        fieldProps={{ ...date, placeholder: '不填按级别的任期年限计算' }}
      />
      <ProFormText name="teamName" label="科技特派团" />
      <ProFormSelect
        name="userId"
        label="关联账号"
        tooltip="特派员本人登录后只能看到自己的档案"
        request={async () =>
          (await commissionerAccounts()).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))
        }
      />
      <Form.Item name="regionCode" label="所属县区" rules={[{ required: true, message: '请选择所属县区' }]}>
        <RegionTreeSelect focusCode={user?.regionCode} selectableLevels={['county']} placeholder="请选择所属县区" />
      </Form.Item>
      <ProFormTextArea name="remark" label="备注" fieldProps={{ autoSize: { minRows: 2, maxRows: 4 } }} />
      <ProFormDependency name={['birthDate', 'titleLevel', 'unitKind', 'level', 'termStart']}>
        {({ birthDate, titleLevel, unitKind, level, termStart }) => {
          const rule = rules.find((r) => r.level === level);
          if (!rule || !birthDate || !titleLevel || !unitKind || !termStart) return null;
          const result = checkEligibility({ birthDate, titleLevel, unitKind }, rule, termStart);
          return (
            <Form.Item label="资格条件">
              <EligibilityList result={{ ...result, on: termStart }} />
            </Form.Item>
          );
        }}
      </ProFormDependency>
    </DrawerForm>
  );
}
