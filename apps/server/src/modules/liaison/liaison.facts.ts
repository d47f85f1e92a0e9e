import type { Kysely } from 'kysely';
import { factLink, type ReportFact } from '@kechuang/domain';
import { codeStartsWith } from '../../platform/db/code-prefix';
import type { DB } from '../../platform/db/schema';
import type { FactsQuery } from '../../platform/module-kit/module';

type Rows = { id: number; name: string }[];

function fact(
  key: string,
  label: string,
  unit: ReportFact['unit'],
  recordType: string,
  path: string,
  rows: Rows,
): ReportFact {
  const ids = rows.map((r) => r.id);
  return {
    key,
    module: 'liaison',
    label,
    value: String(rows.length),
    unit,
    dimensions: {},
    recordType,
    recordIds: ids,
    recordNames: rows.map((r) => r.name),
    link: factLink(path, ids),
  };
}

/**
 * What 干部包企业 states for the report (docs/architecture.md §2.4, docs/rules.md §5.7.1): enterprises covered (an
 * assignment in force during the period; the records are the assignments), visits made, issues raised and issues
 * closed in the period, each with the ids its list honours (`?ids=`).
 */
export async function liaisonFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const assignments = await db
    .selectFrom('liaison_assignment as a')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .select(['a.id', 'a.enterprise_id', 'e.name'])
    .where(codeStartsWith('a.region_code', q.scopePrefix))
    .where('a.start_on', '<=', q.to)
    .where('a.end_on', '>=', q.from)
    .orderBy('a.id')
    .execute();
  const visits = await db
    .selectFrom('liaison_visit as v')
    .innerJoin('enterprise as e', 'e.id', 'v.enterprise_id')
    .select(['v.id', 'e.name'])
    .where(codeStartsWith('v.region_code', q.scopePrefix))
    .where('v.visited_on', '>=', q.from)
    .where('v.visited_on', '<=', q.to)
    .orderBy('v.id')
    .execute();
  const issues = (col: 'i.raised_on' | 'i.closed_on') =>
    db
      .selectFrom('liaison_issue as i')
      .innerJoin('enterprise as e', 'e.id', 'i.enterprise_id')
      .select(['i.id', 'e.name'])
      .where(codeStartsWith('i.region_code', q.scopePrefix))
      .where(col, '>=', q.from)
      .where(col, '<=', q.to)
      .orderBy('i.id')
      .execute();
  const raised = await issues('i.raised_on');
  const closed = await issues('i.closed_on');
  const covered = new Set(assignments.map((a) => a.enterprise_id)).size;
  const out: ReportFact[] = [];
  if (assignments.length) {
    out.push({
      ...fact(
        'liaison.enterprises-covered',
        '干部包联企业',
        '家',
        'liaison_assignment',
        '/liaison/assignments',
        assignments,
      ),
      value: String(covered),
    });
  }
  if (visits.length) out.push(fact('liaison.visits', '包联走访', '次', 'liaison_visit', '/liaison/visits', visits));
  if (raised.length) {
    out.push(fact('liaison.issues-raised', '收集企业诉求', '项', 'liaison_issue', '/liaison/issues', raised));
  }
  if (closed.length) {
    out.push(fact('liaison.issues-closed', '办结企业诉求', '项', 'liaison_issue', '/liaison/issues', closed));
  }
  return out;
}
