import { ModalForm, ProFormDigit, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { Form } from 'antd';
import { STAGE_LABELS, TIER_LABELS, TIERS, type Stage, type Tier } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { EnterprisePicker } from '../EnterprisePicker';
import { qualificationApi } from '../qualification.api';

interface Values {
  enterpriseId: number;
  tier: Tier;
  year: number;
  batch?: string;
  stage: Stage;
}

// A new record starts at 培育 or is registered as already applying; later stages are reached by 推进阶段.
const START_STAGES: Stage[] = ['cultivating', 'applying'];

/** 登记资质: a qualification record for an enterprise (fixed when opened from its detail page). */
export function CreateQualificationModal({
  enterpriseId,
  onClose,
  onSaved,
}: {
  enterpriseId?: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  return (
    <ModalForm<Values>
      title="登记资质记录"
      open
      name="create-qualification-form"
      form={form}
      width={520}
      layout="horizontal"
      labelCol={{ span: 5 }}
      modalProps={{ onCancel: onClose, maskClosable: false }}
      initialValues={{ enterpriseId, tier: 'high_tech', year: new Date().getFullYear(), stage: 'cultivating' }}
      onFinish={async (v) => {
        try {
          const q = await qualificationApi.create({ ...v, batch: v.batch || null });
          showSuccess(`已登记 ${q.enterpriseName} ${TIER_LABELS[q.tier]}（${q.year}）：${STAGE_LABELS[q.stage]}`);
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e, { form });
          return false;
        }
      }}
    >
      {enterpriseId === undefined && (
        <Form.Item name="enterpriseId" label="企业" rules={[{ required: true, message: '请选择企业' }]}>
          <EnterprisePicker />
        </Form.Item>
      )}
      <ProFormSelect
        name="tier"
        label="梯度"
        allowClear={false}
        options={TIERS.map((t) => ({ value: t, label: TIER_LABELS[t] }))}
      />
      <ProFormDigit
        name="year"
        label="年度"
        min={2000}
        max={2100}
        fieldProps={{ precision: 0, style: { width: '100%' } }}
        rules={[{ required: true, message: '请输入年度' }]}
      />
      <ProFormText name="batch" label="批次" placeholder="如 2022年第1批（选填）" />
      <ProFormSelect
        name="stage"
        label="起始阶段"
        allowClear={false}
        options={START_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
      />
    </ModalForm>
  );
}
