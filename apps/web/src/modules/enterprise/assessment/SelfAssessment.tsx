import { useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Space, Spin, Typography } from 'antd';
import { useCan } from '../../auth/use-can';
import { useSession } from '../../auth/use-session';
import { enterpriseApi } from '../enterprise.api';
import { EnterprisePicker } from '../EnterprisePicker';
import { useLoader } from '../../../ui/use-loader';
import { AssumptionsAlert } from './AssumptionsAlert';
import { HighTechCalculator } from './HighTechCalculator';
import { RdDeductionCalculator } from './RdDeductionCalculator';
import { TechSmeCalculator } from './TechSmeCalculator';

const TABS = [
  { key: 'tech-sme', tab: '科技型中小企业' },
  { key: 'high-tech', tab: '高新技术企业' },
  { key: 'rd-deduction', tab: '研发费用加计扣除' },
];

/**
 * 自评测算: the three calculators, prefilled from the register. Staff pick any enterprise in scope (or none, to
 * type figures in); an enterprise user always works on its own data. Enterprise and tab live in the URL.
 */
export function SelfAssessment() {
  const { user } = useSession();
  const staff = useCan('enterprise:read');
  const [params, setParams] = useSearchParams();
  const ownId = !staff ? (user?.enterpriseId ?? null) : null;
  const pickedId = Number(params.get('enterpriseId')) || null;
  const enterpriseId = staff ? pickedId : ownId;
  const tab = TABS.some((t) => t.key === params.get('tab')) ? params.get('tab')! : 'tech-sme';
  const prefill = useLoader(enterpriseId, () => enterpriseApi.prefill(enterpriseId!));
  const enterprise = useLoader(enterpriseId, () => enterpriseApi.get(enterpriseId!));

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const ready = enterpriseId === null || (!prefill.loading && prefill.data !== null) || prefill.error !== null;
  // Remount a calculator when its starting data changes, so the form takes the new prefill.
  const formKey = `${enterpriseId ?? 'blank'}-${prefill.data ? 'filled' : 'empty'}`;
  const data = enterpriseId === null ? null : prefill.data;

  return (
    <PageContainer
      title="自评测算"
      tabList={TABS}
      tabActiveKey={tab}
      onTabChange={(key) => setParam('tab', key)}
      content={
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {staff ? (
            <Space wrap>
              <Typography.Text>测算企业：</Typography.Text>
              <EnterprisePicker
                value={enterpriseId ?? undefined}
                onChange={(id) => setParam('enterpriseId', id ? String(id) : null)}
                style={{ width: 380 }}
              />
              <Typography.Text type="secondary">
                选择企业后按名录中的年度数据预填；也可不选企业，直接填写测算。
              </Typography.Text>
            </Space>
          ) : (
            <Typography.Text>
              测算企业：<Typography.Text strong>{enterprise.data?.name ?? '本企业'}</Typography.Text>
              （使用本企业在名录中的数据，可修改后测算，不会保存）
            </Typography.Text>
          )}
          {data && data.year === null && (
            <Alert type="warning" showIcon message="该企业在名录中暂无年度数据，请手工填写后测算。" />
          )}
          {data && <AssumptionsAlert assumptions={data.assumptions} year={data.year} />}
        </Space>
      }
    >
      {!ready ? (
        <Spin style={{ display: 'block', padding: 48 }} />
      ) : (
        <>
          {tab === 'tech-sme' && <TechSmeCalculator key={formKey} prefill={data} />}
          {tab === 'high-tech' && <HighTechCalculator key={formKey} prefill={data} />}
          {tab === 'rd-deduction' && <RdDeductionCalculator key={formKey} prefill={data} />}
        </>
      )}
    </PageContainer>
  );
}
