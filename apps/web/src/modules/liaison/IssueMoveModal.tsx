import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import type { LiaisonIssueTransition, TLiaisonIssue } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { liaisonApi } from './liaison.api';

interface Props {
  issue: TLiaisonIssue;
  move: LiaisonIssueTransition;
  onClose: () => void;
  onDone: () => void;
}

/** One move of an issue: 办结 asks for the answer (办理答复), 退回重办 for the reason; the others just confirm. */
export function IssueMoveModal({ issue, move, onClose, onDone }: Props) {
  const [form] = Form.useForm<{ text?: string }>();
  const field = move.answerRequired ? 'answer' : 'reason';
  const label = move.answerRequired ? '办理答复' : move.reasonRequired ? '退回原因' : '说明（可选）';
  const save = async (v: { text?: string }) => {
    try {
      await liaisonApi.moveIssue(issue.id, { to: move.to, version: issue.version, [field]: v.text || null });
      showSuccess(`已${move.label}`);
      onDone();
      return true;
    } catch (e) {
      handleMutationError(e, { reload: onDone });
      return false;
    }
  };
  return (
    <ModalForm<{ text?: string }>
      title={`${move.label} · ${issue.content}`}
      open
      form={form}
      width={480}
      modalProps={{ onCancel: onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: move.label } }}
      onFinish={save}
    >
      {move.answerRequired && issue.answer && <p>上次答复：{issue.answer}</p>}
      {!move.answerRequired && issue.answer && <p>办理答复：{issue.answer}</p>}
      <ProFormTextArea
        name="text"
        label={label}
        fieldProps={{ rows: 3 }}
        rules={move.answerRequired || move.reasonRequired ? [{ required: true, message: `请填写${label}` }] : []}
      />
    </ModalForm>
  );
}
