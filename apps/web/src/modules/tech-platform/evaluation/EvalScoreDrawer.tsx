import { DrawerForm, ProFormDigit, ProFormTextArea } from '@ant-design/pro-components';
import { Button, Divider, Form, Space, Typography } from 'antd';
import type { TEvalEntry } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { evaluationApi } from './evaluation.api';
import { QuantitativeItems } from './QuantitativeItems';

type Task = TEvalEntry['experts'][number];
type Values = { scores: Record<string, string>; comment?: string };

/** An expert's qualitative scores of one platform: the figures and their working first, then one score per criterion. */
export function EvalScoreDrawer({
  entry,
  task,
  readOnly,
  onClose,
  onSaved,
}: {
  entry: TEvalEntry;
  task: Task;
  readOnly: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const save = async (submit: boolean) => {
    const v = submit ? await form.validateFields() : form.getFieldsValue();
    const scores = Object.fromEntries(
      Object.entries(v.scores ?? {})
        .filter(([, s]) => s !== undefined && s !== null && s !== '')
        .map(([k, s]) => [k, String(s)]),
    );
    try {
      await evaluationApi.score(task.id, { scores, comment: v.comment || null, submit, version: task.version });
      showSuccess(submit ? '已提交评分' : '已暂存评分');
      onSaved();
    } catch (e) {
      handleMutationError(e);
    }
  };
  return (
    <DrawerForm<Values>
      title={`专家评价 · ${entry.platformName}`}
      open
      name="eval-score"
      form={form}
      width={820}
      drawerProps={{ onClose, destroyOnHidden: true }}
      initialValues={{ scores: task.scores, comment: task.comment ?? undefined }}
      submitter={
        readOnly
          ? false
          : {
              render: () => (
                <Space>
                  <Button onClick={() => void save(false)}>暂存</Button>
                  <Button type="primary" onClick={() => void save(true)}>
                    提交评分
                  </Button>
                </Space>
              ),
            }
      }
    >
      <Typography.Paragraph type="secondary">
        {entry.enterpriseName} · {entry.schemeName} · 定量得分 {entry.quantitativeScore ?? '—'}
      </Typography.Paragraph>
      <QuantitativeItems entry={{ ...entry, gradeMessage: null, revocationReason: null }} />
      <Divider>定性评价（各项 0～满分，最多两位小数）</Divider>
      {entry.form.criteria.map((c) => (
        <ProFormDigit
          key={c.key}
          name={['scores', c.key]}
          label={`${c.label}（满分 ${c.maxScore}）`}
          width="sm"
          min={0}
          max={c.maxScore}
          disabled={readOnly}
          fieldProps={{ precision: 2, stringMode: true }}
          rules={[{ required: true, message: `请为“${c.label}”打分` }]}
        />
      ))}
      <ProFormTextArea name="comment" label="评价意见" disabled={readOnly} fieldProps={{ rows: 3, maxLength: 1000 }} />
    </DrawerForm>
  );
}
