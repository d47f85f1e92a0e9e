import { ModalForm, ProFormDatePicker, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import type { TLiaisonAssignment } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { liaisonApi } from './liaison.api';
import { useCadres } from './use-cadres';

interface Values {
  cadreId?: number;
  startOn?: string;
  endOn: string;
  remark?: string;
  reason: string;
}

interface Props {
  assignment: TLiaisonAssignment;
  /** 'edit': cadre, period, remark; 'end': an earlier end date. Both ask the reason (kept in the audit trail). */
  mode: 'edit' | 'end';
  onClose: () => void;
  onDone: () => void;
}

/** 修改 / 提前结束 an assignment (docs/rules.md §5.7.1). */
export function AssignmentChangeModal({ assignment: a, mode, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const cadres = useCadres();
  const save = async (v: Values) => {
    try {
      if (mode === 'end') {
        await liaisonApi.endAssignment(a.id, { version: a.version, endOn: v.endOn, reason: v.reason });
        showSuccess(`已提前结束“${a.enterpriseName}”的包联`);
      } else {
        await liaisonApi.changeAssignment(a.id, {
          version: a.version,
          cadreId: v.cadreId!,
          startOn: v.startOn!,
          endOn: v.endOn,
          remark: v.remark || null,
          reason: v.reason,
        });
        showSuccess(`已修改“${a.enterpriseName}”的包联分配`);
      }
      onDone();
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onDone });
      return false;
    }
  };
  const dateProps = { valueFormat: 'YYYY-MM-DD', style: { width: '100%' } } as const;
  return (
    <ModalForm<Values>
      title={`${mode === 'end' ? '提前结束包联' : '修改包联分配'} · ${a.enterpriseName}`}
      open
      form={form}
      width={520}
      initialValues={{ cadreId: a.cadreId, startOn: a.startOn, endOn: a.endOn, remark: a.remark ?? undefined }}
      modalProps={{ onCancel: onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: mode === 'end' ? '提前结束' : '保存' } }}
      onFinish={save}
    >
      {mode === 'edit' && (
        <>
          <ProFormSelect
            name="cadreId"
            label="包联干部"
            options={cadres.map((c) => ({ value: c.id, label: c.name }))}
            rules={[{ required: true, message: '请选择包联干部' }]}
          />
          <ProFormDatePicker
            name="startOn"
            label="开始日期"
            fieldProps={dateProps}
            rules={[{ required: true, message: '请选择开始日期' }]}
          />
        </>
      )}
      {mode === 'end' && (
        <p>
          原包联期间：{`${a.startOn} 至 ${a.endOn}`}（包联干部 {a.cadreName}）
        </p>
      )}
      <ProFormDatePicker
        name="endOn"
        label={mode === 'end' ? '提前结束于' : '结束日期'}
        fieldProps={dateProps}
        rules={[{ required: true, message: '请选择结束日期' }]}
      />
      {mode === 'edit' && <ProFormText name="remark" label="备注" fieldProps={{ maxLength: 200 }} />}
      <ProFormTextArea
        name="reason"
        label={mode === 'end' ? '结束理由' : '修改理由'}
        fieldProps={{ rows: 2, maxLength: 200 }}
        rules={[{ required: true, message: '请填写理由' }]}
      />
    </ModalForm>
  );
}
