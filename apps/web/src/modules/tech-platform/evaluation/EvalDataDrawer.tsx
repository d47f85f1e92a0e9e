import { DrawerForm, ProFormDigit } from '@ant-design/pro-components';
import { Button, Form, Space, Typography } from 'antd';
import type { TEvalEntry } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { evaluationApi } from './evaluation.api';

type Values = { data: Record<string, string | number | null> };

/** The year's figures of one platform, one field per data item of its scheme; 暂存 keeps a draft, 提交 is final. */
export function EvalDataDrawer({
  entry,
  readOnly,
  onClose,
  onSaved,
}: {
  entry: TEvalEntry;
  readOnly: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const save = async (submit: boolean) => {
    const v = submit ? await form.validateFields() : form.getFieldsValue();
    const data = Object.fromEntries(
      Object.entries(v.data ?? {}).map(([k, x]) => [k, x === undefined || x === null || x === '' ? null : String(x)]),
    );
    try {
      await evaluationApi.saveData(entry.id, { data, submit, version: entry.version });
      showSuccess(submit ? '已提交评价数据' : '已暂存');
      onSaved();
    } catch (e) {
      handleMutationError(e);
    }
  };
  return (
    <DrawerForm<Values>
      title={`${entry.platformName} · 年度评价数据`}
      open
      name="eval-data"
      form={form}
      width={560}
      drawerProps={{ onClose, destroyOnHidden: true }}
      initialValues={{ data: entry.data }}
      submitter={
        readOnly
          ? false
          : {
              render: () => (
                <Space>
                  <Button onClick={() => void save(false)}>暂存</Button>
                  <Button type="primary" onClick={() => void save(true)}>
                    提交
                  </Button>
                </Space>
              ),
            }
      }
    >
      <Typography.Paragraph type="secondary">
        {entry.schemeName}。数据来自火炬统计调查与年度工作总结，提交后由系统计算定量得分，不能再修改。
      </Typography.Paragraph>
      {entry.form.fields.map((f) => (
        <ProFormDigit
          key={f.key}
          name={['data', f.key]}
          label={`${f.label}（${f.unit}）`}
          width="md"
          min={f.min}
          max={f.max}
          disabled={readOnly}
          fieldProps={{ precision: f.decimals, stringMode: true }}
          rules={[{ required: true, message: `请填写“${f.label}”` }]}
        />
      ))}
    </DrawerForm>
  );
}
