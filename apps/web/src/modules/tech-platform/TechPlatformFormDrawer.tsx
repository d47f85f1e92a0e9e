import {
  DrawerForm,
  ProFormDatePicker,
  ProFormDependency,
  ProFormDigit,
  ProFormRadio,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Button, Form, Input, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  ALLIANCE_KIND,
  TECH_PLATFORM_INITIAL_STATES,
  TECH_PLATFORM_KIND_DICT,
  TECH_PLATFORM_LEVEL_DICT,
  TECH_PLATFORM_STATE_LABELS,
  isIncubationKind,
  type TTechPlatform,
  type TTechPlatformDetail,
} from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useSession } from '../auth/use-session';
import { useDictItems } from '../dict/use-dict-items';
import { EnterprisePicker } from '../enterprise/EnterprisePicker';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { techPlatformApi } from './tech-platform.api';

interface FormValues {
  name: string;
  kind: string;
  level: string;
  regionCode: string;
  status?: string;
  operatorInRegister: boolean;
  enterpriseId?: number;
  operatorName?: string;
  members?: { enterpriseId?: number; name?: string }[];
  field?: string;
  industry?: string;
  address?: string;
  siteArea?: string;
  staffCount?: number;
  preparingFrom?: string;
  establishedOn?: string;
  recognizedOn?: string;
  documentNo?: string;
  remark?: string;
  changedOn?: string;
}

interface Props {
  /** The platform being edited, or null to register one. */
  platform: TTechPlatform | null;
  onClose: () => void;
  onSaved: (saved: TTechPlatformDetail) => void;
}

const valuesOf = (p: TTechPlatform): FormValues => ({
  name: p.name,
  kind: p.kind,
  level: p.level,
  regionCode: p.regionCode,
  operatorInRegister: p.enterpriseId !== null,
  enterpriseId: p.enterpriseId ?? undefined,
  operatorName: p.enterpriseId ? undefined : (p.operatorName ?? undefined),
  members: p.members.map((m) => ({
    enterpriseId: m.enterpriseId ?? undefined,
    name: m.enterpriseId ? undefined : m.name,
  })),
  field: p.field ?? undefined,
  industry: p.industry ?? undefined,
  address: p.address ?? undefined,
  siteArea: p.siteArea ?? undefined,
  staffCount: p.staffCount ?? undefined,
  preparingFrom: p.preparingFrom ?? undefined,
  establishedOn: p.establishedOn ?? undefined,
  recognizedOn: p.recognizedOn ?? undefined,
  documentNo: p.documentNo ?? undefined,
  remark: p.remark ?? undefined,
});

const date = { format: 'YYYY-MM-DD', style: { width: '100%' } };

/** 登记 / 编辑 创新平台 in a drawer; an edit sends the version it was opened with (a 409 offers 刷新数据). */
export function TechPlatformFormDrawer({ platform, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const { user } = useSession();
  const kinds = useDictItems(TECH_PLATFORM_KIND_DICT);
  const levels = useDictItems(TECH_PLATFORM_LEVEL_DICT);

  const save = async (v: FormValues) => {
    const body = {
      name: v.name,
      kind: v.kind,
      level: v.level,
      regionCode: v.regionCode,
      enterpriseId: v.operatorInRegister ? (v.enterpriseId ?? null) : null,
      operatorName: v.operatorInRegister ? null : v.operatorName || null,
      members:
        v.kind === ALLIANCE_KIND
          ? (v.members ?? [])
              .filter((m) => m.enterpriseId || m.name)
              .map((m) => (m.enterpriseId ? { enterpriseId: m.enterpriseId } : { name: m.name }))
          : [],
      field: v.field || null,
      industry: v.industry || null,
      address: v.address || null,
      siteArea: v.siteArea ? String(v.siteArea) : null,
      staffCount: v.staffCount ?? null,
      preparingFrom: v.preparingFrom || null,
      establishedOn: v.establishedOn || null,
      recognizedOn: v.recognizedOn || null,
      documentNo: v.documentNo || null,
      remark: v.remark || null,
    };
    try {
      const saved = platform
        ? await techPlatformApi.update(platform.id, {
            ...body,
            version: platform.version,
            ...(v.changedOn ? { changedOn: v.changedOn } : {}),
          })
        : await techPlatformApi.create({
            ...body,
            status: (v.status ?? 'preparing') as (typeof TECH_PLATFORM_INITIAL_STATES)[number],
          });
      showSuccess(platform ? `已保存“${saved.name}”` : `已登记“${saved.name}”`);
      onSaved(saved);
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };

  return (
    <DrawerForm<FormValues>
      title={platform ? `编辑创新平台 · ${platform.name}` : '登记创新平台'}
      open
      name="tech-platform-form"
      form={form}
      width={640}
      layout="horizontal"
      labelCol={{ span: 6 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={
        platform ? valuesOf(platform) : { regionCode: user?.regionCode, status: 'preparing', operatorInRegister: true }
      }
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      <ProFormText name="name" label="平台名称" rules={[{ required: true, message: '请输入平台名称' }]} />
      <ProFormSelect
        name="kind"
        label="平台类别"
        options={kinds.map((k) => ({ value: k.value, label: k.label }))}
        rules={[{ required: true, message: '请选择平台类别' }]}
      />
      <ProFormSelect
        name="level"
        label="平台级别"
        options={levels.map((k) => ({ value: k.value, label: k.label }))}
        rules={[{ required: true, message: '请选择平台级别' }]}
      />
      <Form.Item name="regionCode" label="所属县区" rules={[{ required: true, message: '请选择所属县区' }]}>
        <RegionTreeSelect focusCode={user?.regionCode} selectableLevels={['county']} placeholder="请选择所属县区" />
      </Form.Item>
      {!platform && (
        <ProFormRadio.Group
          name="status"
          label="登记状态"
          radioType="button"
          options={TECH_PLATFORM_INITIAL_STATES.map((s) => ({ value: s, label: TECH_PLATFORM_STATE_LABELS[s] }))}
        />
      )}
      <ProFormRadio.Group
        name="operatorInRegister"
        label="运营单位"
        options={[
          { value: true, label: '企业库中的企业' },
          { value: false, label: '其他单位（高校、院所等）' },
        ]}
      />
      <ProFormDependency name={['operatorInRegister']}>
        {({ operatorInRegister }) =>
          operatorInRegister ? (
            <Form.Item name="enterpriseId" label="运营企业" rules={[{ required: true, message: '请选择运营企业' }]}>
              <EnterprisePicker />
            </Form.Item>
          ) : (
            <ProFormText
              name="operatorName"
              label="单位名称"
              rules={[{ required: true, message: '请输入运营单位名称' }]}
            />
          )
        }
      </ProFormDependency>
      <ProFormDependency name={['kind']}>
        {({ kind }) =>
          kind === ALLIANCE_KIND && (
            <Form.Item label="成员单位">
              <Form.List name="members">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f) => (
                      <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                        <Form.Item name={[f.name, 'enterpriseId']} style={{ width: 230, marginBottom: 8 }}>
                          <EnterprisePicker placeholder="企业库中的企业" />
                        </Form.Item>
                        <Form.Item name={[f.name, 'name']} style={{ width: 170, marginBottom: 8 }}>
                          <Input placeholder="或填写其他单位名称" />
                        </Form.Item>
                        <MinusCircleOutlined onClick={() => remove(f.name)} />
                      </Space>
                    ))}
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                      添加成员单位
                    </Button>
                  </>
                )}
              </Form.List>
            </Form.Item>
          )
        }
      </ProFormDependency>
      <ProFormText name="field" label="技术领域" />
      <ProFormText name="industry" label="所属产业" />
      <ProFormText name="address" label="地址" />
      <ProFormDigit name="siteArea" label="场地面积（㎡）" min={0} fieldProps={{ stringMode: true, precision: 2 }} />
      <ProFormDigit name="staffCount" label="从业人数" min={0} fieldProps={{ precision: 0 }} />
      <ProFormDatePicker name="preparingFrom" label="筹备起始日期" fieldProps={date} />
      <ProFormDatePicker name="establishedOn" label="成立（组建）日期" fieldProps={date} />
      <ProFormDatePicker name="recognizedOn" label="认定日期" fieldProps={date} />
      <ProFormText name="documentNo" label="认定文号" />
      <ProFormTextArea name="remark" label="备注" fieldProps={{ autoSize: { minRows: 2, maxRows: 4 } }} />
      {platform && isIncubationKind(platform.kind) && platform.status === 'recognized' && (
        <ProFormDatePicker
          name="changedOn"
          label="变更日期"
          tooltip="名称、运营主体、场地面积或地址变更须在 3 个月内向认定机构报告；不填为今天"
          fieldProps={date}
        />
      )}
    </DrawerForm>
  );
}
