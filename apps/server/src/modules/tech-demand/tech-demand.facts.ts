import type { Kysely } from 'kysely';
import { exact, factLink, type ReportFact } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { FactsQuery } from '../../platform/module-kit/module';
import { techDemandBidFacts } from './bid/bid.facts';
import { demandsDatedIn } from './tech-demand.repository';

// Exact in 元 (docs/architecture.md §2.4): decimal arithmetic, never floats.
const sumYuan = (rows: { budget: string }[]) =>
  exact.formatFixed(
    rows.reduce((s, r) => exact.add(s, exact.parseDecimal(r.budget)), exact.ratio(0n)),
    2,
    'half-up',
  );

const STAGES = [
  { column: 'submitted_on', key: 'collected', label: '揭榜挂帅需求征集' },
  { column: 'selected_on', key: 'selected', label: '揭榜挂帅论证入选' },
  { column: 'published_on', key: 'published', label: '揭榜挂帅发榜' },
] as const;

/**
 * What 揭榜挂帅 states for the report (docs/rules.md §5.2, docs/architecture.md §2.4): the demands collected
 * (submitted), selected and published in the period, each a count and the enterprises' committed budget in 元,
 * with the demands behind them and a link to exactly those.
 */
export async function techDemandFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const facts: ReportFact[] = [];
  for (const s of STAGES) {
    const rows = await demandsDatedIn(db, s.column, q.scopePrefix, q.from, q.to);
    if (rows.length === 0) continue;
    const ids = rows.map((r) => r.id);
    const common = {
      module: 'tech-demand',
      dimensions: {},
      recordType: 'tech_demand',
      recordIds: ids,
      recordNames: rows.map((r) => r.title),
      link: factLink('/tech-demand/demands', ids),
    };
    facts.push({
      ...common,
      key: `tech-demand.${s.key}`,
      label: `${s.label}（项）`,
      value: String(rows.length),
      unit: '项',
    });
    facts.push({
      ...common,
      key: `tech-demand.${s.key}_budget`,
      label: `${s.label}拟投入资金`,
      value: sumYuan(rows),
      unit: '元',
    });
  }
  facts.push(...(await techDemandBidFacts(db, q)));
  return facts;
}
