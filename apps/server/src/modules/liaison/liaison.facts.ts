import type { Kysely } from 'kysely';
import { factLink, type ReportFact } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { FactsQuery } from '../../platform/module-kit/module';
import { recordsInPeriod } from './liaison.repository';

/**
 * What the module states for the report (docs/architecture.md §2.4): the records whose 登记日期 falls in the
 * period, with their ids and names and a link to exactly those records. Nothing to state, no fact.
 */
export async function liaisonFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const rows = await recordsInPeriod(db, q.scopePrefix, q.from, q.to);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  return [
    {
      key: 'liaison.records',
      module: 'liaison',
      label: '干部包企业（期内登记）',
      value: String(rows.length),
      unit: '项',
      dimensions: {},
      recordType: 'liaison_record',
      recordIds: ids,
      recordNames: rows.map((r) => r.name),
      link: factLink('/liaison/records', ids),
    },
  ];
}
