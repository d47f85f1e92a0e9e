import { useState } from 'react';
import { Segmented } from 'antd';
import type { ReportFact } from '@kechuang/domain';
import { ChartCard } from './charts/ChartCard';
import { barsOfFacts } from './charts/options';
import { factsBy } from './fact-pick';

const TOP = 12;

const BREAKDOWNS = [
  { value: 'township', label: '乡镇' },
  { value: 'industry', label: '行业' },
  { value: 'performer', label: '执行部门' },
];

/** The period's approved R&D by township, industry or performer: each bar opens the forms behind it. */
export function RdBreakdown({ facts, onOpen }: { facts: readonly ReportFact[]; onOpen: (l: string) => void }) {
  const [by, setBy] = useState('township');
  const all = factsBy(facts, 'rd.approved-by', 'by').filter((f) => f.dimensions.by === by);
  // Largest first (as the server orders them); a city has dozens of townships, so the chart shows the first 12.
  const rows = all.slice(0, TOP);
  return (
    <ChartCard
      title={all.length > TOP ? `研发经费（本期审核通过，前${TOP}）` : '研发经费（本期审核通过）'}
      extra={<Segmented size="small" value={by} options={BREAKDOWNS} onChange={(v) => setBy(String(v))} />}
      option={barsOfFacts(rows, (f) => f.label.replace(/^研发经费内部支出·/, ''))}
      onOpen={onOpen}
      height={Math.max(200, rows.length * 28 + 40)}
    />
  );
}
