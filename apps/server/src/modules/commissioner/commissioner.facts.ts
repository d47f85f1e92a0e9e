import type { Kysely } from 'kysely';
import { COMMISSIONER_LEVEL_LABELS, factLink, type CommissionerLevel, type ReportFact } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { FactsQuery } from '../../platform/module-kit/module';
import { appointedInRegion } from './commissioner.repository';

const LINK = '/commissioner/roster';
type Row = Awaited<ReturnType<typeof appointedInRegion>>[number];

function fact(key: string, label: string, level: string, rows: Row[]): ReportFact {
  const ids = rows.map((r) => r.id);
  return {
    key,
    module: 'commissioner',
    label,
    value: String(rows.length),
    unit: '名',
    dimensions: { level },
    recordType: 'commissioner',
    recordIds: ids,
    recordNames: rows.map((r) => r.name),
    link: factLink(LINK, ids),
  };
}

function byLevel(rows: Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const level of ['province', 'city', 'county']) {
    const mine = rows.filter((r) => r.level === level);
    if (mine.length) out.set(level, mine);
  }
  return out;
}

const levelLabel = (l: string) => COMMISSIONER_LEVEL_LABELS[l as CommissionerLevel] ?? l;

/**
 * What the module states for the report (docs/architecture.md §2.4), by level:
 * - `commissioner.appointed`: commissioners appointed (聘任) in the period (the report's 聘任县级科技特派员*名);
 * - `commissioner.active`: appointed commissioners whose term covers the period's end and who were not dismissed
 *   or expired before it — indicator ⑩ 县级以上科技特派员数 of docs/rules.md §5.5.
 */
export async function commissionerFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const all = await appointedInRegion(db, q.scopePrefix);
  const facts: ReportFact[] = [];
  const appointed = all.filter((r) => r.appointed_on! >= q.from && r.appointed_on! <= q.to);
  for (const [level, rows] of byLevel(appointed)) {
    facts.push(fact('commissioner.appointed', `聘任${levelLabel(level)}科技特派员`, level, rows));
  }
  // A dismissed commissioner leaves the count; whether before the period's end is not kept on the row, so a
  // dismissed one counts as gone (the roster keeps the history for the exact day).
  const active = all.filter(
    (r) => r.appointed_on! <= q.to && r.term_start <= q.to && r.term_end >= q.to && r.status !== 'dismissed',
  );
  for (const [level, rows] of byLevel(active)) {
    facts.push(fact('commissioner.active', `在聘${levelLabel(level)}科技特派员`, level, rows));
  }
  return facts;
}
