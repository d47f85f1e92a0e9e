import { ModalForm, ProFormDatePicker, ProFormSelect } from '@ant-design/pro-components';
import { Form } from 'antd';
import { chinaToday, COMPETITION_STAGE_LABELS, nextStage, type TCompetitionEntry } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { awardApi } from './award.api';
import { optionsOf, useAwardLabels } from './use-award-labels';

interface Props {
  record: TCompetitionEntry;
  /** 晋级 to the next stage, or 登记获奖. */
  move: 'advance' | 'award';
  onClose: () => void;
  onSaved: () => void;
}

/** 晋级 (the next stage only, as the server allows) or 登记获奖 (优秀奖 etc.) of one entry. */
export function EntryMoveModal({ record, move, onClose, onSaved }: Props) {
  const [form] = Form.useForm<{ award?: string; on: string }>();
  const labels = useAwardLabels();
  const next = nextStage(record.stage);
  const save = async (v: { award?: string; on: string }) => {
    try {
      if (move === 'advance' && next) {
        await awardApi.advanceEntry(record.id, { to: next, on: v.on, version: record.version });
        showSuccess(`已登记晋级：${COMPETITION_STAGE_LABELS[next]}`);
      } else {
        await awardApi.awardEntry(record.id, { award: v.award ?? '', awardedOn: v.on, version: record.version });
        showSuccess('已登记所获奖项');
      }
      onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };
  const who = record.personName ?? record.unitName;
  return (
    <ModalForm
      title={move === 'advance' && next ? `晋级${COMPETITION_STAGE_LABELS[next]} · ${who}` : `登记获奖 · ${who}`}
      open
      form={form}
      width={480}
      layout="horizontal"
      labelCol={{ span: 6 }}
      modalProps={{ onCancel: onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={{ on: chinaToday() }}
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      {move === 'award' && (
        <ProFormSelect
          name="award"
          label="所获奖项"
          options={optionsOf(labels.grades)}
          rules={[{ required: true, message: '请选择所获奖项' }]}
        />
      )}
      <ProFormDatePicker
        name="on"
        label={move === 'advance' ? '晋级日期' : '获奖日期'}
        rules={[{ required: true, message: '请选择日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
    </ModalForm>
  );
}
