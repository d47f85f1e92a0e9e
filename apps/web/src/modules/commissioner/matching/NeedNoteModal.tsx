import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import type { TNeed } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { matchingApi } from './matching.api';

/** 办结 (the commissioner, a note required) or 关闭 / 撤回 (the enterprise, a note optional) a need. */
export function NeedNoteModal(p: {
  need: TNeed;
  kind: 'complete' | 'close';
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<{ note?: string }>();
  const complete = p.kind === 'complete';
  const title = complete ? '办结对接需求' : p.need.status === 'open' ? '撤回技术需求' : '确认关闭需求';
  const save = async (v: { note?: string }) => {
    try {
      if (complete) await matchingApi.complete(p.need.id, { version: p.need.version, note: v.note ?? '' });
      else await matchingApi.close(p.need.id, { version: p.need.version, note: v.note || null });
      showSuccess(complete ? '已办结' : '已关闭');
      p.onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: p.onClose });
      return false;
    }
  };
  return (
    <ModalForm<{ note?: string }>
      title={`${title} · ${p.need.enterpriseName}`}
      open
      form={form}
      width={520}
      modalProps={{ onCancel: p.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '确定' } }}
      onFinish={save}
    >
      <ProFormTextArea
        name="note"
        label={complete ? '办理情况' : '说明'}
        rules={complete ? [{ required: true, message: '请填写办理情况' }] : []}
        fieldProps={{ autoSize: { minRows: 3, maxRows: 6 } }}
      />
    </ModalForm>
  );
}
