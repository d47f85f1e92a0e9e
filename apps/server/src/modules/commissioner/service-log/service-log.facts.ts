import type { Kysely } from 'kysely';
import { SERVICE_LOG_LEVEL_NAMES, factLink, type ReportFact } from '@kechuang/domain';
import { codeStartsWith } from '../../../platform/db/code-prefix';
import type { DB } from '../../../platform/db/schema';
import type { FactsQuery } from '../../../platform/module-kit/module';

/**
 * What the service logs state for the report (docs/rules.md §5.1.1): the confirmed service days of the region's
 * commissioners whose service date falls in the period, by level, with the logs behind each. Nothing, no fact.
 */
export async function serviceLogFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const logs = await db
    .selectFrom('commissioner_service_log as l')
    .innerJoin('commissioner as c', 'c.id', 'l.commissioner_id')
    .select(['l.id', 'l.days', 'l.served_on', 'l.object_name', 'c.name', 'c.level'])
    .where(codeStartsWith('l.region_code', q.scopePrefix))
    .where('l.status', '=', 'confirmed')
    .where('l.served_on', '>=', q.from)
    .where('l.served_on', '<=', q.to)
    .orderBy('l.served_on')
    .orderBy('l.id')
    .execute();
  const facts: ReportFact[] = [];
  for (const level of [...new Set(logs.map((l) => l.level))].sort()) {
    const rows = logs.filter((l) => l.level === level);
    // Sum in half days: exact, no float drift.
    const halves = rows.reduce((s, l) => s + Math.round(Number(l.days) * 2), 0);
    const ids = rows.map((l) => l.id);
    facts.push({
      key: 'commissioner.service-days',
      module: 'commissioner',
      label: `${SERVICE_LOG_LEVEL_NAMES[level] ?? level}科技特派员服务天数（已确认）`,
      value: halves % 2 ? (halves / 2).toFixed(1) : String(halves / 2),
      unit: '天',
      dimensions: { level },
      recordType: 'commissioner_service_log',
      recordIds: ids,
      recordNames: rows.map((l) => `${l.name} ${l.served_on} ${l.object_name}`),
      link: factLink('/commissioner/service-logs', ids),
    });
  }
  return facts;
}
