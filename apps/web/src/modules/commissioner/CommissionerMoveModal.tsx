import { ModalForm, ProFormDatePicker, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import { chinaToday, type CommissionerTransition, type TCommissioner } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { commissionerApi } from './commissioner.api';
import { stateLabel } from './commissioner-labels';

interface Props {
  commissioner: TCommissioner;
  move: CommissionerTransition;
  onClose: () => void;
  onDone: () => void;
}

/** One move of the workflow: its date (聘任 sets the appointment date) and, for 解聘, the reason. */
export function CommissionerMoveModal({ commissioner, move, onClose, onDone }: Props) {
  const [form] = Form.useForm();
  return (
    <ModalForm<{ on: string; reason?: string }>
      title={`${move.label} · ${commissioner.name}`}
      open
      form={form}
      width={480}
      modalProps={{ onCancel: onClose, destroyOnHidden: true }}
      initialValues={{ on: chinaToday() }}
      submitter={{ searchConfig: { submitText: `确定${move.label}` } }}
      onFinish={async (v) => {
        try {
          await commissionerApi.move(commissioner.id, move.move, {
            version: commissioner.version,
            on: v.on,
            ...(v.reason ? { reason: v.reason } : {}),
          });
          showSuccess(`${commissioner.name}：${stateLabel(move.to)}`);
          onDone();
          return true;
        } catch (e) {
          handleMutationError(e, { form, reload: onClose });
          return false;
        }
      }}
    >
      <ProFormDatePicker
        name="on"
        label={move.move === 'appoint' ? '聘任日期' : '日期'}
        rules={[{ required: true, message: '请选择日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      {move.reasonRequired && (
        <ProFormTextArea name="reason" label="原因" rules={[{ required: true, message: '请填写原因' }]} />
      )}
    </ModalForm>
  );
}
