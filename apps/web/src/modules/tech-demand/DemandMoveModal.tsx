import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import { findDemandTransition, type DemandState, type TTechDemand } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { techDemandApi } from './tech-demand.api';

/** A move of a demand on the generic endpoint, with the reason the table asks for (退回修改, 终止). */
export function DemandMoveModal(p: { demand: TTechDemand; to: DemandState; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<{ reason?: string }>();
  const tr = findDemandTransition(p.demand.state, p.to)!;
  const save = async (v: { reason?: string }) => {
    try {
      await techDemandApi.move(p.demand.id, { to: p.to, reason: v.reason || null, version: p.demand.version });
      showSuccess(`“${p.demand.title}”已${tr.label}`);
      p.onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: p.onClose });
      return false;
    }
  };
  return (
    <ModalForm<{ reason?: string }>
      title={`${tr.label} · ${p.demand.title}`}
      open
      form={form}
      width={480}
      modalProps={{ onCancel: p.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: tr.label } }}
      onFinish={save}
    >
      <ProFormTextArea
        name="reason"
        label="理由"
        rules={tr.reasonRequired ? [{ required: true, message: `${tr.label}须填写理由` }] : []}
        fieldProps={{ autoSize: { minRows: 3, maxRows: 6 }, maxLength: 500 }}
      />
    </ModalForm>
  );
}
