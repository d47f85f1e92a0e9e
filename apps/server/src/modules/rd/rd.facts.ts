import type { Kysely } from 'kysely';
import { factLink, type ReportFact } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { FactsQuery } from '../../platform/module-kit/module';
import { rdBreakdownFacts } from './rd-breakdown.facts';
import { intensityOf } from './rd-intensity';
import { approvedForPeriod, gdpOf } from './rd-summary.repository';

/**
 * What the report says about R&D collection for a period ('归集填报全社会研发经费7200万元'): the approved internal
 * R&D total, the units behind it, and the intensity against the region's GDP where one is recorded.
 */
export async function rdFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const { units, total } = await approvedForPeriod(db, q.scopePrefix, q.period.code);
  if (units.length === 0) return [];
  const ids = units.map((u) => u.id);
  const names = await db
    .selectFrom('rd_task_unit as u')
    .innerJoin('enterprise as e', 'e.id', 'u.enterprise_id')
    .select('e.name')
    .where('u.id', 'in', ids)
    .orderBy('u.id')
    .execute();
  const behind = {
    module: 'rd',
    dimensions: { period: q.period.code },
    recordType: 'rd_unit',
    recordIds: ids,
    recordNames: names.map((n) => n.name),
    link: factLink('/rd/review', ids),
  };
  const facts: ReportFact[] = [
    { ...behind, key: 'rd.approved-total', label: '研发经费内部支出（审核通过）', value: total, unit: '元' },
    { ...behind, key: 'rd.approved-units', label: '研发经费填报审核通过单位', value: String(ids.length), unit: '家' },
  ];
  const intensity = intensityOf(total, await gdpOf(db, q.regionCode, q.period.code));
  if (intensity) {
    facts.push({ ...behind, key: 'rd.intensity', label: '研发经费投入强度', value: intensity.percent, unit: '%' });
  }
  // The breakdowns only when asked for: an indicator table reads the total alone.
  if (!q.wanted || q.wanted.includes('rd.approved-by')) facts.push(...(await rdBreakdownFacts(db, q)));
  return facts;
}
