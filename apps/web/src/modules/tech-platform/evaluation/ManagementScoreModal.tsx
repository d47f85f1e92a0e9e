import { ModalForm, ProFormDigit, ProFormTextArea } from '@ant-design/pro-components';
import { Form, Typography } from 'antd';
import type { TEvalEntry } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { evaluationApi } from './evaluation.api';

type Values = { score: string; comment?: string };

/** 地方管理评价: the bureau's score of one platform, 0..the scheme's maximum. */
export function ManagementScoreModal({ entry, onSaved }: { entry: TEvalEntry; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  return (
    <ModalForm<Values>
      title={`地方管理评价 · ${entry.platformName}`}
      form={form}
      name="management-score"
      trigger={<Typography.Link>{entry.managementScore === null ? '管理评价' : '改管理评价'}</Typography.Link>}
      modalProps={{ destroyOnHidden: true }}
      initialValues={{ score: entry.managementScore ?? undefined, comment: entry.managementComment ?? undefined }}
      onFinish={async (v) => {
        try {
          await evaluationApi.manage(entry.id, {
            score: String(v.score),
            comment: v.comment || null,
            version: entry.version,
          });
          showSuccess('已保存管理评价得分');
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e, { form });
          return false;
        }
      }}
    >
      <ProFormDigit
        name="score"
        label={`得分（满分 ${entry.form.managementMax}）`}
        width="sm"
        min={0}
        max={entry.form.managementMax}
        fieldProps={{ precision: 2, stringMode: true }}
        rules={[{ required: true, message: '请填写得分' }]}
      />
      <ProFormTextArea name="comment" label="说明" fieldProps={{ rows: 3, maxLength: 500 }} />
    </ModalForm>
  );
}
