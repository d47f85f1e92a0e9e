import { DrawerForm, ProFormDigit, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, Form } from 'antd';
import type { TAssessmentEntry, TAssessmentScheme } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { assessmentApi } from './assessment.api';

interface Props {
  entry: TAssessmentEntry;
  scheme: TAssessmentScheme;
  onClose: () => void;
  onSaved: () => void;
}

/** 评分: one field per item of the scheme, each within its maximum (the server refuses beyond it, naming the item). */
export function ScoreEntryDrawer({ entry, scheme, onClose, onSaved }: Props) {
  const [form] = Form.useForm();
  const rated = entry.ratings > 0;
  return (
    <DrawerForm
      title={`考核评分 · ${entry.commissionerName}`}
      open
      form={form}
      width={480}
      layout="horizontal"
      labelCol={{ span: 10 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={{
        ...Object.fromEntries(scheme.items.map((i) => [i.key, entry.scores[i.key] ?? undefined])),
        remark: entry.remark ?? undefined,
      }}
      submitter={{ searchConfig: { submitText: '保存评分' } }}
      onFinish={async (v: Record<string, number | string | undefined>) => {
        const scores = Object.fromEntries(
          scheme.items
            .filter((i) => !(rated && i.source === 'satisfaction'))
            .map((i) => [i.key, typeof v[i.key] === 'number' ? (v[i.key] as number) : null]),
        );
        try {
          const saved = await assessmentApi.score(entry.id, {
            scores,
            remark: (v.remark as string) || null,
            version: entry.version,
          });
          showSuccess(saved.gradeLabel ? `已保存：${saved.total} 分，${saved.gradeLabel}` : '已保存评分');
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e, { form, reload: onClose });
          return false;
        }
      }}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={`已确认服务 ${entry.confirmedDays} 天；服务次数按确认天数预填，可调整。`}
      />
      {scheme.items.map((i) => (
        <ProFormDigit
          key={i.key}
          name={i.key}
          label={`${i.label}（${i.maxPoints}分）`}
          min={0}
          max={i.maxPoints}
          disabled={rated && i.source === 'satisfaction'}
          extra={rated && i.source === 'satisfaction' ? `取 ${entry.ratings} 家服务对象评价的平均分` : undefined}
          fieldProps={{ precision: 1, step: 0.5 }}
        />
      ))}
      <ProFormTextArea name="remark" label="备注" />
    </DrawerForm>
  );
}
