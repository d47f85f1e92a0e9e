import {
  DrawerForm,
  ProFormDatePicker,
  ProFormList,
  ProFormRadio,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Form, Select, Space, Typography } from 'antd';
import { ACHIEVEMENT_LIMITS, type TAchievement, type TAchievementInput } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useCan } from '../auth/use-can';
import { EnterprisePicker } from '../enterprise/EnterprisePicker';
import { achievementApi } from './achievement.api';
import { useAchievementDicts } from './use-achievement-dicts';

type FormValues = Omit<TAchievementInput, 'completers'> & {
  completers: { name: string; unit?: string | null; title?: string | null }[];
};

interface Props {
  /** The registration being corrected, or null to start one. */
  record: TAchievement | null;
  /** An enterprise user's own enterprise (the first completing unit it registers for). */
  ownEnterpriseId: number | null;
  /** What a new registration starts from (e.g. a cooperation output's title and enterprise). */
  prefill?: AchievementPrefill;
  onClose: () => void;
  onSaved: (saved: TAchievement) => void;
}

const valuesOf = (r: TAchievement): FormValues => ({
  ...r,
  secrecy: 'public',
  enterpriseId: r.enterpriseId ?? undefined,
  firstUnitName: r.enterpriseId ? null : r.firstUnitName,
  completers: r.completers.map((c) => ({ name: c.name, unit: c.unit, title: c.title })),
});

const required = (message: string) => [{ required: true, message }];

/** 填报 / 修改 科技成果登记 (the form of docs/rules.md §5.3) in a drawer; an edit sends the version it was opened with. */
/** The fields a registration made from another record starts with. */
export interface AchievementPrefill {
  name?: string;
  enterpriseId?: number;
}

export function AchievementFormDrawer({ record, ownEnterpriseId, prefill, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const dicts = useAchievementDicts();
  const staff = useCan('achievement:write');

  const save = async (v: FormValues) => {
    const body: TAchievementInput = {
      ...v,
      enterpriseId: staff ? (v.enterpriseId ?? null) : ownEnterpriseId,
      firstUnitName: v.enterpriseId ? null : (v.firstUnitName ?? null),
      otherUnits: v.otherUnits ?? [],
      // The order is the position in the list: 1 … n, each once.
      completers: (v.completers ?? []).map((c, i) => ({ ...c, order: i + 1 })),
      intellectualProperty: v.intellectualProperty || null,
    };
    try {
      const saved = record
        ? await achievementApi.update(record.id, { ...body, version: record.version })
        : await achievementApi.create(body);
      showSuccess(record ? `已保存“${saved.name}”` : `已保存草稿“${saved.name}”，请上传证明材料后提交`);
      onSaved(saved);
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };

  return (
    <DrawerForm<FormValues>
      title={record ? `修改科技成果登记 · ${record.name}` : '填报科技成果登记'}
      open
      name="achievement-form"
      form={form}
      width={720}
      layout="horizontal"
      labelCol={{ span: 5 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={
        record
          ? valuesOf(record)
          : {
              secrecy: 'public',
              category: 'applied',
              completers: [{ name: '' }],
              otherUnits: [],
              keywords: [],
              ...prefill,
            }
      }
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      <ProFormText name="name" label="成果名称" rules={required('请填写成果名称')} fieldProps={{ maxLength: 100 }} />
      <ProFormSelect name="category" label="成果类别" options={dicts.category} rules={required('请选择成果类别')} />
      <ProFormRadio.Group
        name="secrecy"
        label="成果密级"
        options={[
          { value: 'public', label: '非密' },
          { value: 'classified', label: '涉密' },
        ]}
        extra="涉密科技成果不通过本系统登记"
      />
      {staff ? (
        <>
          <Form.Item
            name="enterpriseId"
            label="第一完成单位"
            extra="从企业名录中选择；院所、高校等不在名录的单位请填下一栏"
          >
            <EnterprisePicker />
          </Form.Item>
          <ProFormText
            name="firstUnitName"
            label="其他第一完成单位"
            placeholder="不在企业名录的单位名称（院所、高校）"
          />
        </>
      ) : (
        <Form.Item label="第一完成单位">
          <Typography.Text>本单位</Typography.Text>
        </Form.Item>
      )}
      <Form.Item name="otherUnits" label="其他完成单位">
        <Select mode="tags" open={false} placeholder="输入单位名称后回车" tokenSeparators={['、', '；']} />
      </Form.Item>
      <ProFormList
        name="completers"
        label="完成人（按排序）"
        creatorButtonProps={{ creatorButtonText: '添加完成人' }}
        min={1}
        max={ACHIEVEMENT_LIMITS.completers}
        copyIconProps={false}
        itemRender={({ listDom, action }, { index }) => (
          <Space align="start" size={4}>
            <Typography.Text style={{ lineHeight: '32px', width: 28, display: 'inline-block' }}>
              {index + 1}.
            </Typography.Text>
            {listDom}
            {action}
          </Space>
        )}
      >
        <Space size={4}>
          <ProFormText name="name" placeholder="姓名" rules={required('请填写姓名')} width={110} />
          <ProFormText name="unit" placeholder="工作单位" width={180} />
          <ProFormText name="title" placeholder="职称" width={100} />
        </Space>
      </ProFormList>
      <Form.Item label="研究起止" required style={{ marginBottom: 0 }}>
        <Space align="start">
          <ProFormDatePicker.Month name="researchStart" placeholder="起始年月" rules={required('请选择起始年月')} />
          <span style={{ lineHeight: '32px' }}>至</span>
          <ProFormDatePicker.Month name="researchEnd" placeholder="终止年月" rules={required('请选择终止年月')} />
        </Space>
      </Form.Item>
      <ProFormSelect name="attribute" label="成果属性" options={dicts.attribute} rules={required('请选择成果属性')} />
      <Form.Item
        name="keywords"
        label="关键词"
        rules={[{ required: true, message: '请填写关键词' }]}
        extra={`最多 ${ACHIEVEMENT_LIMITS.keywords} 个，输入后回车`}
      >
        <Select mode="tags" open={false} maxCount={ACHIEVEMENT_LIMITS.keywords} tokenSeparators={['；', '、']} />
      </Form.Item>
      <ProFormSelect name="evaluation" label="评价方式" options={dicts.evaluation} rules={required('请选择评价方式')} />
      <ProFormSelect
        name="level"
        label="成果水平"
        options={dicts.level}
        rules={required('请选择成果水平')}
        extra="按评价结论填写；未评价的成果选“未评价”"
      />
      <ProFormSelect name="stage" label="所处阶段" options={dicts.stage} rules={required('请选择所处阶段')} />
      <ProFormText name="intellectualProperty" label="知识产权" placeholder="如：授权发明专利 1 项" />
      <ProFormTextArea
        name="abstract"
        label="成果简介"
        rules={required('请填写成果简介')}
        fieldProps={{ rows: 6, maxLength: ACHIEVEMENT_LIMITS.abstractChars, showCount: true }}
      />
    </DrawerForm>
  );
}
