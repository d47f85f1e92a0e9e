import type { EChartsOption } from 'echarts';
import { Table, Typography } from 'antd';
import { TIER_LABELS, TIERS, type ReportFact, type Tier } from '@kechuang/domain';
import { ChartCard } from './charts/ChartCard';
import { factsOf } from './fact-pick';

const STEPS = [
  { key: 'enterprise.certified', title: '入库/认定' },
  { key: 'enterprise.applied', title: '申报' },
  { key: 'enterprise.cultivating', title: '培育对象' },
] as const;

/** A count that opens its records, or a dash when the period has none. */
function CountLink({ fact, onOpen }: { fact?: ReportFact; onOpen: (l: string) => void }) {
  if (!fact) return <Typography.Text type="secondary">0</Typography.Text>;
  return (
    <Typography.Link onClick={() => onOpen(fact.link)} data-testid={`count-${fact.key}-${fact.dimensions.tier}`}>
      {fact.value}
    </Typography.Link>
  );
}

/** The cultivation ladder 科小 → 省级创新型 → 高企 → 小巨人: this period's entries as a funnel, with a table below. */
export function LadderFunnel({ facts, onOpen }: { facts: readonly ReportFact[]; onOpen: (l: string) => void }) {
  const cell = (key: string, tier: Tier) => factsOf(facts, key, { tier })[0];
  const entries = TIERS.map((tier) => ({ tier, fact: cell('enterprise.certified', tier) }));
  const option: EChartsOption | null = entries.some((e) => e.fact)
    ? {
        tooltip: { trigger: 'item', formatter: '{b}：{c} 家' },
        series: [
          {
            type: 'funnel',
            sort: 'none',
            minSize: '20%',
            label: { formatter: '{b} {c}家' },
            data: entries.map(({ tier, fact }) => ({
              name: TIER_LABELS[tier],
              value: fact ? Number(fact.value) : 0,
              link: fact?.link,
            })),
          },
        ],
      }
    : null;
  return (
    <ChartCard title="梯度培育（本期入库/认定）" option={option} onOpen={onOpen} height={220}>
      <Table
        size="small"
        rowKey="tier"
        pagination={false}
        dataSource={TIERS.map((tier) => ({ tier }))}
        columns={[
          { title: '梯度', dataIndex: 'tier', render: (t: Tier) => TIER_LABELS[t] },
          ...STEPS.map((s) => ({
            title: s.title,
            key: s.key,
            align: 'right' as const,
            render: (_: unknown, row: { tier: Tier }) => <CountLink fact={cell(s.key, row.tier)} onOpen={onOpen} />,
          })),
        ]}
      />
    </ChartCard>
  );
}
