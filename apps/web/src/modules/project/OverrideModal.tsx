import { ModalForm, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import { Alert } from 'antd';
import {
  APPLICATION_STATES,
  APPLICATION_STATE_LABELS,
  OVERRIDE_REASON_MIN,
  type ApplicationState,
} from '@kechuang/domain';

export interface OverrideValues {
  to: ApplicationState;
  reason: string;
}

/** 强制变更状态: any state but the current one, with a reason of at least OVERRIDE_REASON_MIN characters. */
export function OverrideModal({
  title,
  current,
  onClose,
  onSubmit,
}: {
  title: string;
  current: ApplicationState;
  onClose: () => void;
  onSubmit: (v: OverrideValues) => Promise<boolean>;
}) {
  return (
    <ModalForm<OverrideValues>
      title={title}
      open
      name="override-form"
      width={560}
      modalProps={{ onCancel: onClose, destroyOnHidden: true, maskClosable: false }}
      submitter={{ searchConfig: { submitText: '强制变更' }, submitButtonProps: { danger: true } }}
      onFinish={onSubmit}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        message="强制变更不受申报流程限制，将作为强制变更记入流转记录和审计日志。"
      />
      <ProFormSelect
        name="to"
        label="目标状态"
        rules={[{ required: true, message: '请选择目标状态' }]}
        options={APPLICATION_STATES.filter((s) => s !== current).map((s) => ({
          value: s,
          label: APPLICATION_STATE_LABELS[s],
        }))}
      />
      <ProFormTextArea
        name="reason"
        label="原因"
        placeholder="写明依据（会议纪要、文件号等）"
        fieldProps={{ rows: 4, maxLength: 2000, showCount: true }}
        rules={[
          { required: true, whitespace: true, message: '请填写原因' },
          { min: OVERRIDE_REASON_MIN, message: `原因至少 ${OVERRIDE_REASON_MIN} 个字` },
        ]}
      />
    </ModalForm>
  );
}
