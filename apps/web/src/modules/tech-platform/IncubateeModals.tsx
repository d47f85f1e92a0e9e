import {
  ModalForm,
  ProFormDatePicker,
  ProFormDependency,
  ProFormDigit,
  ProFormSelect,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Form } from 'antd';
import { GRADUATION_CRITERIA, chinaToday, type TTechPlatformIncubatee } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { EnterprisePicker } from '../enterprise/EnterprisePicker';
import { techPlatformApi } from './tech-platform.api';

const date = { format: 'YYYY-MM-DD', style: { width: '100%' } };

/** 登记在孵企业: an enterprise of the register and its entry date. */
export function AddIncubateeModal(props: { platformId: number; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm();
  return (
    <ModalForm<{ enterpriseId: number; enteredOn: string }>
      title="登记在孵企业"
      open
      form={form}
      width={480}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      initialValues={{ enteredOn: chinaToday() }}
      onFinish={async (v) => {
        try {
          await techPlatformApi.addIncubatee(props.platformId, v);
          showSuccess('已登记在孵企业');
          props.onDone();
          return true;
        } catch (e) {
          handleMutationError(e, { form });
          return false;
        }
      }}
    >
      <Form.Item name="enterpriseId" label="企业" rules={[{ required: true, message: '请选择企业' }]}>
        <EnterprisePicker />
      </Form.Item>
      <ProFormDatePicker name="enteredOn" label="入孵日期" rules={[{ required: true }]} fieldProps={date} />
    </ModalForm>
  );
}

interface GraduateValues {
  criterion: (typeof GRADUATION_CRITERIA)[number]['id'];
  graduatedOn: string;
  evidence?: string;
  financingWan?: string;
  revenueFromYear?: number;
  revenue1?: string;
  revenue2?: string;
}

/** 在孵企业毕业: one criterion of docs/rules.md §5.4, checked by the server against the register or the evidence. */
export function GraduateModal(props: { incubatee: TTechPlatformIncubatee; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<GraduateValues>();
  const yuan = (wan?: string) => (wan ? (Number(wan) * 10000).toFixed(2) : null);
  return (
    <ModalForm<GraduateValues>
      title={`毕业 · ${props.incubatee.enterpriseName}`}
      open
      form={form}
      width={560}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      initialValues={{ graduatedOn: chinaToday(), criterion: 'high_tech' }}
      onFinish={async (v) => {
        try {
          await techPlatformApi.graduate(props.incubatee.id, {
            criterion: v.criterion,
            graduatedOn: v.graduatedOn,
            evidence: v.evidence || null,
            financingAmount: yuan(v.financingWan),
            revenueFromYear: v.revenueFromYear ?? null,
            statedRevenue: v.revenue1 && v.revenue2 ? [yuan(v.revenue1)!, yuan(v.revenue2)!] : null,
          });
          showSuccess(`${props.incubatee.enterpriseName} 已毕业`);
          props.onDone();
          return true;
        } catch (e) {
          handleMutationError(e, { form });
          return false;
        }
      }}
    >
      <ProFormSelect
        name="criterion"
        label="毕业条件"
        options={GRADUATION_CRITERIA.map((c) => ({ value: c.id, label: c.label }))}
        rules={[{ required: true }]}
      />
      <ProFormDatePicker name="graduatedOn" label="毕业日期" rules={[{ required: true }]} fieldProps={date} />
      <ProFormDependency name={['criterion']}>
        {({ criterion }) => (
          <>
            {criterion === 'financing' && (
              <ProFormDigit name="financingWan" label="融资金额（万元）" min={0} fieldProps={{ stringMode: true }} />
            )}
            {criterion === 'revenue' && (
              <>
                <ProFormDigit name="revenueFromYear" label="起始年度" fieldProps={{ precision: 0 }} />
                <ProFormDigit
                  name="revenue1"
                  label="第一年营业收入（万元）"
                  tooltip="企业库有这两年营业收入时以企业库为准"
                  fieldProps={{ stringMode: true }}
                />
                <ProFormDigit name="revenue2" label="第二年营业收入（万元）" fieldProps={{ stringMode: true }} />
              </>
            )}
            {criterion !== 'high_tech' && <ProFormTextArea name="evidence" label="证明材料说明" />}
          </>
        )}
      </ProFormDependency>
    </ModalForm>
  );
}
