import { ProForm, ProFormDatePicker, ProFormSwitch } from '@ant-design/pro-components';
import { Col, Form } from 'antd';
import type { HighTechResult, TAssessmentPrefill } from '@kechuang/domain';
import { assessmentApi } from '../assessment.api';
import { HightechDomainSelect } from '../HightechDomainSelect';
import { AmountField } from './AmountField';
import { highTechInitial, highTechInput, type HighTechFormValues } from './assessment-defaults';
import { CalculatorLayout } from './CalculatorLayout';
import { CountField } from './CountField';
import { HighTechInnovationFields } from './HighTechInnovationFields';
import { HighTechResultView } from './HighTechResultView';
import { HighTechYearsMatrix } from './HighTechYearsMatrix';
import { useCalculation } from './use-calculation';

const half = { colProps: { span: 12 } };
const date = { format: 'YYYY-MM-DD', style: { width: '100%' } };

/** 高新技术企业认定自评: the eight conditions, the growth score from the figures, the rest as a self-assessed range. */
export function HighTechCalculator({ prefill }: { prefill: TAssessmentPrefill | null }) {
  const [form] = Form.useForm<HighTechFormValues>();
  const { result, calculate } = useCalculation<HighTechFormValues, HighTechResult>(
    (v) => assessmentApi.highTech(highTechInput(v)),
    form,
  );
  return (
    <CalculatorLayout
      resultTitle="自评结果"
      result={result && <HighTechResultView result={result} />}
      form={
        <ProForm<HighTechFormValues>
          name="high-tech-form"
          form={form}
          grid
          rowProps={{ gutter: 12 }}
          initialValues={highTechInitial(prefill)}
          onFinish={calculate}
          autoFocusFirstInput={false}
          submitter={{ searchConfig: { submitText: '测算', resetText: '恢复预填' } }}
        >
          <ProFormDatePicker
            name="asOf"
            label="拟申报日期"
            {...half}
            fieldProps={date}
            rules={[{ required: true, message: '请选择日期' }]}
          />
          <ProFormDatePicker
            name="registeredOn"
            label="注册成立日期"
            {...half}
            fieldProps={date}
            rules={[{ required: true, message: '请选择日期' }]}
          />
          <Col span={24}>
            <ProForm.Item name="techDomain" label="核心技术所属高新技术领域">
              <HightechDomainSelect placeholder="不属于任何领域时留空" />
            </ProForm.Item>
          </Col>
          <CountField name="staffTotal" label="当年职工总数" unit="人" tooltip="累计实际工作 183 天以上" />
          <CountField name="techStaff" label="科技人员数" unit="人" />
          <AmountField name="highTechIncome" label="近一年高新技术产品收入" />
          <AmountField name="totalIncome" label="同期总收入" tooltip="收入总额减不征税收入" />
          <ProFormSwitch name="coreIpOwned" label="拥有核心自主知识产权" {...half} />
          <ProFormSwitch name="majorIncident" label="一年内重大事故或严重环境违法" {...half} />
          <HighTechYearsMatrix />
          <HighTechInnovationFields />
        </ProForm>
      }
    />
  );
}
