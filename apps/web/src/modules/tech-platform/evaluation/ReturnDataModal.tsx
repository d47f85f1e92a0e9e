import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { Form, Typography } from 'antd';
import type { TEvalEntry } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { evaluationApi } from './evaluation.api';

/** 退回: staff send submitted figures back to the operator while the round is open, saying why. */
export function ReturnDataModal({ entry, onReturned }: { entry: TEvalEntry; onReturned: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <ModalForm<{ reason: string }>
      title={`退回评价数据 · ${entry.platformName}`}
      form={form}
      name="return-eval-data"
      trigger={<Typography.Link>退回</Typography.Link>}
      modalProps={{ destroyOnHidden: true }}
      onFinish={async (v) => {
        try {
          await evaluationApi.returnData(entry.id, { reason: v.reason, version: entry.version });
          showSuccess('已退回，运营单位将收到通知');
          onReturned();
          return true;
        } catch (e) {
          handleMutationError(e, { form });
          return false;
        }
      }}
    >
      <ProFormTextArea
        name="reason"
        label="退回原因"
        fieldProps={{ rows: 3, maxLength: 500 }}
        rules={[{ required: true, message: '请填写退回原因' }]}
      />
    </ModalForm>
  );
}
