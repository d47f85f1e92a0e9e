import { ModalForm, ProFormDatePicker, ProFormRadio, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, Form } from 'antd';
import dayjs from 'dayjs';
import {
  manualStageMoves,
  NOTICE_STAGE,
  STAGE_LABELS,
  STAGE_TRANSITIONS,
  TIER_LABELS,
  type Stage,
  type TQualification,
} from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { qualificationApi } from '../qualification.api';

interface Values {
  stage: Stage;
  on: string;
  certificateNo?: string;
  reason?: string;
}

// Moves that end a record badly must say why (the server refuses them without a reason).
const NEEDS_REASON = new Set<Stage>(['rejected', 'revoked']);

/**
 * 推进阶段: only the moves staff make by hand from the current stage are offered; 公示 is reached by publishing a
 * notice (公示管理), which the dialog says where it applies.
 */
export function MoveStageModal({
  qualification: q,
  onClose,
  onSaved,
}: {
  qualification: TQualification;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const next = manualStageMoves(q.stage);
  const byNotice = STAGE_TRANSITIONS[q.stage].includes(NOTICE_STAGE);
  const stage = Form.useWatch('stage', form);
  return (
    <ModalForm<Values>
      title={`推进阶段 · ${q.enterpriseName}`}
      open
      name="move-stage-form"
      form={form}
      width={520}
      layout="horizontal"
      labelCol={{ span: 5 }}
      modalProps={{ onCancel: onClose, maskClosable: false }}
      initialValues={{ stage: next.find((s) => !NEEDS_REASON.has(s)), on: dayjs().format('YYYY-MM-DD') }}
      onFinish={async (v) => {
        try {
          await qualificationApi.moveStage(q.id, {
            version: q.version,
            stage: v.stage,
            on: v.on,
            certificateNo: v.certificateNo || null,
            reason: v.reason || null,
          });
          showSuccess(
            `${TIER_LABELS[q.tier]}（${q.year}）已由“${STAGE_LABELS[q.stage]}”变为“${STAGE_LABELS[v.stage]}”`,
          );
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e, { form, reload: onSaved });
          return false;
        }
      }}
    >
      <Form.Item label="当前">
        {TIER_LABELS[q.tier]}（{q.year}
        {q.batch ? ` · ${q.batch}` : ''}）：{STAGE_LABELS[q.stage]}
      </Form.Item>
      {byNotice && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`进入“${STAGE_LABELS[NOTICE_STAGE]}”：在 公示管理 中新建公示并发布，所列记录随之进入公示阶段`}
        />
      )}
      <ProFormRadio.Group
        name="stage"
        label="变为"
        radioType="button"
        options={next.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
        rules={[{ required: true, message: '请选择阶段' }]}
      />
      <ProFormDatePicker
        name="on"
        label="日期"
        rules={[{ required: true, message: '请选择日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      {stage === 'certified' && (
        <ProFormText name="certificateNo" label="证书编号" placeholder="认定证书或入库登记编号" />
      )}
      {stage && NEEDS_REASON.has(stage) && (
        <ProFormTextArea
          name="reason"
          label="原因"
          rules={[{ required: true, whitespace: true, message: '请填写原因' }]}
        />
      )}
      {stage === 'certified' && (
        <Form.Item wrapperCol={{ offset: 5 }} style={{ marginTop: -8, color: 'rgba(0,0,0,0.45)' }}>
          有效期由认定日期按梯度规则自动计算。
        </Form.Item>
      )}
    </ModalForm>
  );
}
