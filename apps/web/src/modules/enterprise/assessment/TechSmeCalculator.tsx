import { ProForm, ProFormSwitch, ProFormText } from '@ant-design/pro-components';
import { Divider, Form } from 'antd';
import type { TAssessmentPrefill, TechSmeResult, TTechSmeInput } from '@kechuang/domain';
import { assessmentApi } from '../assessment.api';
import { AmountField } from './AmountField';
import { techSmeInitial } from './assessment-defaults';
import { CalculatorLayout } from './CalculatorLayout';
import { CountField } from './CountField';
import { TechSmeResultView } from './TechSmeResultView';
import { useCalculation } from './use-calculation';

const half = { colProps: { span: 12 } };

/** 科技型中小企业评价: last year's figures, the eligibility facts and the four direct routes. */
export function TechSmeCalculator({ prefill }: { prefill: TAssessmentPrefill | null }) {
  const [form] = Form.useForm<TTechSmeInput>();
  const { result, calculate } = useCalculation<TTechSmeInput, TechSmeResult>(assessmentApi.techSme, form);
  return (
    <CalculatorLayout
      resultTitle="评价结果"
      result={result && <TechSmeResultView result={result} />}
      form={
        <ProForm<TTechSmeInput>
          name="tech-sme-form"
          form={form}
          grid
          rowProps={{ gutter: 12 }}
          initialValues={techSmeInitial(prefill)}
          onFinish={calculate}
          autoFocusFirstInput={false}
          submitter={{ searchConfig: { submitText: '测算', resetText: '恢复预填' } }}
        >
          <CountField
            name="staffTotal"
            label="职工总数"
            unit="人"
            tooltip="在职、兼职和临时聘用人员，全年累计工作 6 个月以上"
          />
          <CountField name="techStaff" label="科技人员数" unit="人" />
          <AmountField name="revenue" label="销售收入" tooltip="主营业务收入与其他业务收入之和" />
          <AmountField name="rdExpense" label="研发费用总额" />
          <AmountField name="costTotal" label="成本费用支出总额" />
          <AmountField name="totalAssets" label="资产总额" />
          <CountField
            name="ipClassI"
            label="Ⅰ类知识产权"
            unit="项"
            tooltip="发明专利、植物新品种、集成电路布图设计等"
          />
          <CountField
            name="ipClassII"
            label="Ⅱ类知识产权"
            unit="项"
            tooltip="实用新型、外观设计、软件著作权等（不含商标）"
          />
          <ProFormText
            name="industryCode"
            label="主营行业代码"
            {...half}
            placeholder="如 3021 或 C3021"
            rules={[{ required: true, message: '请输入行业代码' }]}
          />
          <Divider orientation="left" plain style={{ margin: '4px 0 12px' }}>
            资格条件
          </Divider>
          <ProFormSwitch name="residentEnterprise" label="境内注册的居民企业" {...half} />
          <ProFormSwitch name="auditAccounting" label="会计核算健全、查账征收" {...half} />
          <ProFormSwitch name="restrictedIndustry" label="属于限制类、淘汰类行业" {...half} />
          <ProFormSwitch name="majorIncident" label="发生重大事故或严重失信" {...half} />
          <ProFormSwitch name="abnormalList" label="列入经营异常或失信名单" {...half} />
          <Divider orientation="left" plain style={{ margin: '4px 0 12px' }}>
            直通条件（满足其一即可，不看评分）
          </Divider>
          <ProFormSwitch name="validHighTech" label="有效期内的高企证书" {...half} />
          <ProFormSwitch name="nationalAwardTop3In5y" label="近五年国家级科技奖（前三）" {...half} />
          <ProFormSwitch name="provincialRdInstitution" label="省部级以上研发机构" {...half} />
          <ProFormSwitch name="ledStandardIn5y" label="近五年主导制定标准" {...half} />
        </ProForm>
      }
    />
  );
}
