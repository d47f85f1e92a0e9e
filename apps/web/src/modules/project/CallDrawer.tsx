import {
  DrawerForm,
  ProFormDateTimePicker,
  ProFormDependency,
  ProFormDigit,
  ProFormGroup,
  ProFormList,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Form, Upload, Button, Space, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { FORM_FIELD_TYPES, OUTLIER_RULE_LABELS, type TCall, type TCriterion, type TFormField } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useDictItems } from '../dict/use-dict-items';
import { attachmentHref } from './state-tag';
import { projectApi, type CallBody } from './project.api';

const FIELD_TYPE_LABELS: Record<(typeof FORM_FIELD_TYPES)[number], string> = {
  text: '单行文本',
  textarea: '多行文本',
  number: '数字',
  money: '金额（元）',
  date: '日期',
  select: '单选',
  file: '附件栏目',
};

interface Values {
  title: string;
  category: string;
  level: CallBody['level'];
  year: number;
  opensAt: string;
  closesAt: string;
  guide?: string;
  form?: (Omit<TFormField, 'options'> & { options?: string })[];
  criteria?: TCriterion[];
  minExperts: number;
  outlierRule: CallBody['outlierRule'];
  outlierSd?: number | null;
}

interface Props {
  call: TCall | null;
  onClose: () => void;
  onSaved: () => void;
}

const iso = (v: string) => dayjs(v).format('YYYY-MM-DDTHH:mm:ssZ');

/** 新建 / 编辑 项目批次: basics, guide, the application form (fields and attachment slots) and the review rules. */
export function CallDrawer({ call, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const categories = useDictItems('project_category');
  const levels = useDictItems('project_level');

  const save = async (v: Values) => {
    const body: CallBody = {
      title: v.title,
      category: v.category,
      level: v.level,
      year: v.year,
      opensAt: iso(v.opensAt),
      closesAt: iso(v.closesAt),
      guide: v.guide ?? '',
      form: (v.form ?? []).map((f) => ({
        key: f.key,
        label: f.label,
        type: f.type,
        required: !!f.required,
        ...(f.type === 'select' ? { options: (f.options ?? '').split(/[,，、\s]+/).filter(Boolean) } : {}),
        ...(f.maxLength ? { maxLength: f.maxLength } : {}),
        ...(f.help ? { help: f.help } : {}),
      })),
      criteria: (v.criteria ?? []).map((c) => ({
        key: c.key,
        label: c.label,
        maxScore: Number(c.maxScore),
        weight: Number(c.weight),
      })),
      minExperts: v.minExperts,
      outlierRule: v.outlierRule,
      outlierSd: v.outlierRule === 'drop-beyond-n-sd' ? (v.outlierSd ?? 1.5) : null,
    };
    try {
      if (call) await projectApi.updateCall(call.id, { ...body, version: call.version });
      else await projectApi.createCall(body);
      showSuccess(`已保存批次“${v.title}”`);
      onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onSaved });
      return false;
    }
  };

  const uploadGuide = async (file: File) => {
    if (!call) return;
    try {
      await projectApi.uploadCallFile(call.id, file);
      showSuccess(`已上传“${file.name}”`);
      onSaved();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <DrawerForm<Values>
      title={call ? `编辑批次 · ${call.title}` : '新建项目批次'}
      open
      name="call-form"
      form={form}
      width={860}
      layout="vertical"
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={
        call
          ? {
              ...call,
              outlierSd: call.outlierSd ? Number(call.outlierSd) : null,
              form: call.form.map((f) => ({ ...f, options: f.options?.join('、') })),
            }
          : { year: dayjs().year(), level: 'county', minExperts: 3, outlierRule: 'none', form: [], criteria: [] }
      }
      onFinish={save}
    >
      <ProFormText
        name="title"
        label="批次名称"
        rules={[{ required: true, message: '请输入批次名称' }]}
        placeholder="如：2026年陇西县科技计划项目"
      />
      <ProFormGroup>
        <ProFormSelect
          name="category"
          label="项目类别"
          width="md"
          options={categories.map((c) => ({ value: c.value, label: c.label }))}
          rules={[{ required: true, message: '请选择项目类别' }]}
        />
        <ProFormSelect
          name="level"
          label="项目级别"
          width="xs"
          options={levels.map((c) => ({ value: c.value, label: c.label }))}
          rules={[{ required: true, message: '请选择级别' }]}
        />
        <ProFormDigit
          name="year"
          label="年度"
          width="xs"
          min={2000}
          max={2100}
          fieldProps={{ precision: 0 }}
          rules={[{ required: true, message: '请输入年度' }]}
        />
      </ProFormGroup>
      <ProFormGroup>
        <ProFormDateTimePicker
          name="opensAt"
          label="开始受理"
          width="md"
          rules={[{ required: true, message: '请选择开始时间' }]}
        />
        <ProFormDateTimePicker
          name="closesAt"
          label="截止时间"
          width="md"
          rules={[{ required: true, message: '请选择截止时间' }]}
        />
      </ProFormGroup>
      <ProFormTextArea name="guide" label="申报指南" fieldProps={{ rows: 4, maxLength: 20000 }} />
      {call && (
        <Form.Item label="指南附件">
          <Space direction="vertical">
            {call.attachments.map((a) => (
              <Typography.Link key={a.id} href={attachmentHref(a.id)} target="_blank">
                {a.fileName}
              </Typography.Link>
            ))}
            <Upload
              accept=".pdf,.docx,.xlsx,.jpg,.png"
              showUploadList={false}
              beforeUpload={(f) => (void uploadGuide(f), false)}
            >
              <Button icon={<UploadOutlined />}>上传指南附件</Button>
            </Upload>
          </Space>
        </Form.Item>
      )}
      <ProFormList
        name="form"
        label="申报表字段（附件栏目选“附件栏目”）"
        creatorButtonProps={{ creatorButtonText: '添加字段' }}
        copyIconProps={false}
      >
        <ProFormGroup>
          <ProFormText
            name="key"
            placeholder="标识，如 leader"
            width="xs"
            rules={[{ required: true, message: '标识' }]}
          />
          <ProFormText name="label" placeholder="名称" width="sm" rules={[{ required: true, message: '名称' }]} />
          <ProFormSelect
            name="type"
            placeholder="类型"
            width="xs"
            options={FORM_FIELD_TYPES.map((t) => ({ value: t, label: FIELD_TYPE_LABELS[t] }))}
            rules={[{ required: true, message: '类型' }]}
          />
          <ProFormSwitch name="required" checkedChildren="必填" unCheckedChildren="选填" />
          <ProFormDependency name={['type']}>
            {({ type }) =>
              type === 'select' ? (
                <ProFormText
                  name="options"
                  placeholder="选项，以顿号分隔"
                  width="sm"
                  rules={[{ required: true, message: '选项' }]}
                />
              ) : null
            }
          </ProFormDependency>
        </ProFormGroup>
      </ProFormList>
      <ProFormList
        name="criteria"
        label="评审指标"
        creatorButtonProps={{ creatorButtonText: '添加指标' }}
        copyIconProps={false}
      >
        <ProFormGroup>
          <ProFormText
            name="key"
            placeholder="标识，如 innovation"
            width="sm"
            rules={[{ required: true, message: '标识' }]}
          />
          <ProFormText name="label" placeholder="指标名称" width="sm" rules={[{ required: true, message: '名称' }]} />
          <ProFormDigit
            name="maxScore"
            placeholder="满分"
            width="xs"
            min={0.01}
            rules={[{ required: true, message: '满分' }]}
          />
          <ProFormDigit
            name="weight"
            placeholder="权重"
            width="xs"
            min={0.01}
            rules={[{ required: true, message: '权重' }]}
          />
        </ProFormGroup>
      </ProFormList>
      <ProFormGroup>
        <ProFormDigit
          name="minExperts"
          label="每项目最少专家数"
          width="xs"
          min={1}
          max={15}
          fieldProps={{ precision: 0 }}
          rules={[{ required: true }]}
        />
        <ProFormSelect
          name="outlierRule"
          label="异常评分处理"
          width="lg"
          options={Object.entries(OUTLIER_RULE_LABELS).map(([value, label]) => ({ value, label }))}
          rules={[{ required: true }]}
        />
        <ProFormDependency name={['outlierRule']}>
          {({ outlierRule }) =>
            outlierRule === 'drop-beyond-n-sd' ? (
              <ProFormDigit
                name="outlierSd"
                label="N 倍标准差"
                width="xs"
                min={0.5}
                max={5}
                fieldProps={{ precision: 2 }}
              />
            ) : null
          }
        </ProFormDependency>
      </ProFormGroup>
    </DrawerForm>
  );
}
