import { ModalForm, ProFormDigit, ProFormRadio, ProFormSwitch } from '@ant-design/pro-components';
import { Alert, Form } from 'antd';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import type { TRdCheckRule } from '@kechuang/domain';
import { rdApi } from './rd.api';

type Values = { severity: 'error' | 'warning'; enabled: boolean; threshold: number | null };

/** 修改核查规则: severity, on/off and the threshold where the rule has one (the server refuses structural rules). */
export function CheckRuleModal({
  rule,
  onClose,
  onSaved,
}: {
  rule: TRdCheckRule;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  return (
    <ModalForm<Values>
      title={`修改核查规则 · ${rule.label}`}
      open
      form={form}
      width={520}
      modalProps={{ onCancel: onClose, destroyOnHidden: true }}
      initialValues={{
        severity: rule.severity,
        enabled: rule.enabled,
        threshold: rule.threshold === null ? null : Number(rule.threshold),
      }}
      onFinish={async (v) => {
        try {
          await rdApi.updateCheckRule(rule.code, {
            version: rule.version,
            severity: v.severity,
            enabled: v.enabled,
            ...(rule.threshold !== null ? { threshold: v.threshold } : {}),
          });
          showSuccess(`已修改核查规则“${rule.label}”，新保存或提交的填报表按新规则核查`);
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e, { form, reload: onSaved });
          return false;
        }
      }}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={rule.description} />
      <ProFormRadio.Group
        name="severity"
        label="级别"
        options={[
          { value: 'error', label: '错误（须改正才能提交）' },
          { value: 'warning', label: '提示（须填写情况说明）' },
        ]}
      />
      <ProFormSwitch name="enabled" label="启用" />
      {rule.threshold !== null && (
        <ProFormDigit
          name="threshold"
          label="阈值（%）"
          min={0}
          max={1000}
          fieldProps={{ precision: 2 }}
          rules={[{ required: true, message: '请填写阈值' }]}
        />
      )}
    </ModalForm>
  );
}
