import {
  ProForm,
  ProFormDigit,
  ProFormRadio,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
} from '@ant-design/pro-components';
import { Divider, Form } from 'antd';
import {
  CIT_RATES,
  RD_ENTERPRISE_TYPE_NAMES,
  RD_ENTERPRISE_TYPES,
  type TAssessmentPrefill,
  type TRdDeductionAssessment,
} from '@kechuang/domain';
import { assessmentApi } from '../assessment.api';
import { AmountField } from './AmountField';
import { rdInitial, type RdFormValues } from './assessment-defaults';
import { CalculatorLayout } from './CalculatorLayout';
import { RdDeductionResultView } from './RdDeductionResultView';
import { useCalculation } from './use-calculation';

const half = { colProps: { span: 12 } };

/** 研发费用加计扣除: the ratio for the year and enterprise type, the negative-list check, the deduction and tax saved. */
export function RdDeductionCalculator({ prefill }: { prefill: TAssessmentPrefill | null }) {
  const [form] = Form.useForm<RdFormValues>();
  const { result, calculate } = useCalculation<RdFormValues, TRdDeductionAssessment>(
    (v) =>
      assessmentApi.rdDeduction({
        ratio: {
          year: v.year,
          enterpriseType: v.enterpriseType,
          industryCode: v.industryCode,
          includeOptionalRows: v.includeOptionalRows,
        },
        estimate: {
          expensedRd: v.expensedRd,
          capitalisedRdAmortisation: v.capitalisedRdAmortisation,
          taxRate: v.taxRate,
        },
      }),
    form,
  );
  return (
    <CalculatorLayout
      resultTitle="测算结果"
      result={result && <RdDeductionResultView result={result} />}
      form={
        <ProForm<RdFormValues>
          name="rd-deduction-form"
          form={form}
          grid
          rowProps={{ gutter: 12 }}
          initialValues={rdInitial(prefill)}
          onFinish={calculate}
          autoFocusFirstInput={false}
          submitter={{ searchConfig: { submitText: '测算', resetText: '恢复预填' } }}
        >
          <ProFormDigit
            name="year"
            label="纳税年度"
            {...half}
            min={2016}
            max={2100}
            fieldProps={{ precision: 0, style: { width: '100%' } }}
            rules={[{ required: true, message: '请输入年度' }]}
          />
          <ProFormSelect
            name="enterpriseType"
            label="企业类型"
            {...half}
            allowClear={false}
            options={RD_ENTERPRISE_TYPES.map((t) => ({ value: t, label: RD_ENTERPRISE_TYPE_NAMES[t] }))}
          />
          <ProFormText
            name="industryCode"
            label="主营行业代码"
            {...half}
            placeholder="如 3021 或 C3021"
            tooltip="用于核对财税〔2015〕119号不适用行业"
            rules={[{ required: true, message: '请输入行业代码' }]}
          />
          <ProFormSwitch name="includeOptionalRows" label="适用临时性政策（2022 年四季度）" {...half} />
          <Divider orientation="left" plain style={{ margin: '4px 0 12px' }}>
            研发费用
          </Divider>
          <AmountField name="expensedRd" label="费用化研发费用" />
          <AmountField
            name="capitalisedRdAmortisation"
            label="无形资产本年摊销额"
            tooltip="资本化研发支出形成的无形资产，本年度按成本计算的摊销额"
          />
          <ProFormRadio.Group
            name="taxRate"
            label="企业所得税税率"
            colProps={{ span: 24 }}
            options={CIT_RATES.map((r) => ({ value: r.id, label: `${r.percent}%（${r.label}）` }))}
          />
        </ProForm>
      }
    />
  );
}
