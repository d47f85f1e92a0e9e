import type { Kysely } from 'kysely';
import { PAYMENT_PARTY_LABELS, exact, factLink, type PaymentParty, type ReportFact } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { FactsQuery } from '../../../platform/module-kit/module';
import { contractsSignedIn, paymentsIn } from './bid.repository';

const sumYuan = (xs: string[]) =>
  exact.formatFixed(
    xs.reduce((s, x) => exact.add(s, exact.parseDecimal(x)), exact.ratio(0n)),
    2,
    'half-up',
  );
const uniq = <T>(xs: T[]) => [...new Set(xs)];

/**
 * What 揭榜 states for the report (docs/rules.md §5.2, docs/architecture.md §2.4): 成功揭榜 — contracts signed in
 * the period (count and amounts in 元, in all and by county), and the payments made in the period by party; each
 * with the demands behind it and a link to them.
 */
export async function techDemandBidFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const facts: ReportFact[] = [];
  const signed = await contractsSignedIn(db, q.scopePrefix, q.from, q.to);
  const groups: [Record<string, string>, typeof signed][] = [[{}, signed]];
  for (const code of uniq(signed.map((c) => c.region_code))) {
    const rows = signed.filter((c) => c.region_code === code);
    groups.push([{ region: rows[0].region_name ?? code }, rows]);
  }
  if (signed.length > 0) {
    for (const [dimensions, rows] of groups) {
      const ids = rows.map((r) => r.demand_id);
      const common = {
        module: 'tech-demand',
        dimensions,
        recordType: 'tech_demand',
        recordIds: ids,
        recordNames: rows.map((r) => r.title),
        link: factLink('/tech-demand/demands', ids),
      };
      facts.push({
        ...common,
        key: 'tech-demand.bid_signed',
        label: '成功揭榜签约（项）',
        value: String(rows.length),
        unit: '项',
      });
      facts.push({
        ...common,
        key: 'tech-demand.bid_signed_amount',
        label: '成功揭榜合同金额',
        value: sumYuan(rows.map((r) => r.amount)),
        unit: '元',
      });
    }
  }
  const paid = await paymentsIn(db, q.scopePrefix, q.from, q.to);
  for (const party of uniq(paid.map((p) => p.pay_party as PaymentParty))) {
    const rows = paid.filter((p) => p.pay_party === party);
    const ids = uniq(rows.map((r) => r.demand_id));
    facts.push({
      module: 'tech-demand',
      key: 'tech-demand.bid_paid',
      label: `揭榜项目已付资金·${PAYMENT_PARTY_LABELS[party]}`,
      value: sumYuan(rows.map((r) => r.pay_amount!)),
      unit: '元',
      dimensions: { party: PAYMENT_PARTY_LABELS[party] },
      recordType: 'tech_demand',
      recordIds: ids,
      recordNames: uniq(rows.map((r) => r.title)),
      link: factLink('/tech-demand/demands', ids),
    });
  }
  return facts;
}
