import { useNavigate, useParams } from 'react-router-dom';
import { PageContainer, ProCard, ProForm, ProFormDigit } from '@ant-design/pro-components';
import { Form, Result } from 'antd';
import { wanInputToYuan, type TYearlyFiguresRow, type TYearlyFiguresSave } from '@kechuang/domain';
import { useCan } from '../../modules/auth/use-can';
import { enterpriseApi } from '../../modules/enterprise/enterprise.api';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { showSuccess } from '../../ui/feedback';
import { wanInputOf } from '../../ui/money-input';
import { handleMutationError } from '../../ui/mutation-error';
import { usePageTitle } from '../../ui/page-title';
import { useLoader } from '../../ui/use-loader';

const COUNTS = [
  ['staffTotal', '职工总数（人）'],
  ['techStaff', '科技人员数（人）'],
  ['ipClass1', 'Ⅰ类知识产权（项）'],
  ['ipClass2', 'Ⅱ类知识产权（项）'],
] as const;
const AMOUNTS = [
  ['revenue', '销售收入'],
  ['totalIncome', '总收入'],
  ['hightechIncome', '高新技术产品（服务）收入'],
  ['costTotal', '成本费用总额'],
  ['rdExpense', '研发费用'],
  ['rdDomestic', '境内研发费用'],
  ['netAssets', '净资产'],
  ['totalAssets', '资产总额'],
] as const;
type Values = Record<string, string | number | null | undefined>;

const valuesOf = (r: TYearlyFiguresRow | undefined): Values =>
  r
    ? {
        ...Object.fromEntries(COUNTS.map(([k]) => [k, r[k]])),
        ...Object.fromEntries(AMOUNTS.map(([k]) => [k, wanInputOf(r[k])])),
      }
    : {};

const bodyOf = (v: Values, version: number): TYearlyFiguresSave =>
  ({
    version,
    ...Object.fromEntries(COUNTS.map(([k]) => [k, v[k] ?? null])),
    ...Object.fromEntries(AMOUNTS.map(([k]) => [k, wanInputToYuan(v[k] as string | null | undefined)])),
  }) as TYearlyFiguresSave;

/**
 * One year of an enterprise's figures (职工、收入、研发费用、资产、知识产权): staff for an enterprise of their county, the
 * enterprise for its own. The server applies the Excel import's checks and refuses a stale version.
 */
export default function YearlyFiguresPage() {
  const params = useParams();
  const id = Number(params.id);
  const year = Number(params.year);
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const enterprise = useLoader(id, () => enterpriseApi.get(id));
  const years = useLoader(id, () => enterpriseApi.yearly(id));
  const isStaff = useCan('enterprise:write');
  usePageTitle(`${year} 年度数据`);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return <Result status="404" title="年度不正确" subTitle="年度须为 2000—2100 之间的四位年份" />;
  }
  if (!enterprise.data || !years.data) {
    if (enterprise.error || years.error) {
      return <Result status="403" title="无法查看该企业" subTitle={(enterprise.error ?? years.error)?.message} />;
    }
    return <FullPageSpin />;
  }
  const row = years.data.find((y) => y.year === year);
  const back = isStaff ? `/enterprise/${id}` : '/enterprise/mine';
  const save = async (v: Values) => {
    try {
      await enterpriseApi.saveYearly(id, year, bodyOf(v, row?.version ?? 0));
      showSuccess(`已保存 ${year} 年度数据`);
      navigate(back);
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: years.reload });
      return false;
    }
  };
  return (
    <PageContainer
      title={`${year} 年度数据`}
      subTitle={enterprise.data.name}
      onBack={() => navigate(back)}
      content="金额以万元填写，最多两位小数（与 Excel 导入同一校验：科技人员数不能超过职工总数）。"
    >
      <ProCard bordered>
        <ProForm<Values>
          form={form}
          name="yearly-figures"
          layout="vertical"
          grid
          rowProps={{ gutter: 16 }}
          initialValues={valuesOf(row)}
          onFinish={save}
          submitter={{
            searchConfig: { submitText: '保存', resetText: '取消' },
            onReset: () => navigate(back),
          }}
        >
          {COUNTS.map(([name, label]) => (
            <ProFormDigit
              key={name}
              name={name}
              label={label}
              min={0}
              colProps={{ xs: 24, sm: 12, lg: 6 }}
              fieldProps={{ precision: 0 }}
            />
          ))}
          {AMOUNTS.map(([name, label]) => (
            <ProFormDigit
              key={name}
              name={name}
              label={`${label}（万元）`}
              min={0}
              colProps={{ xs: 24, sm: 12, lg: 6 }}
              fieldProps={{ stringMode: true }}
            />
          ))}
        </ProForm>
      </ProCard>
    </PageContainer>
  );
}
