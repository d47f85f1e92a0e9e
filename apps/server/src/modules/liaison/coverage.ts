import { sql, type Kysely } from 'kysely';
import { chinaToday, LIAISON_OPEN_STATES, type TLiaisonCoverage, type TLiaisonCoverageQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import type { DB } from '../../platform/db/schema';
import { ASSIGNMENT_COLUMNS } from './liaison.policy';

interface Tally {
  assigned: number;
  visited: number;
  openIssues: number;
  overdueIssues: number;
}

/** The quarter asked (default: today's, Beijing time) as inclusive dates. */
export function quarterOf(q: TLiaisonCoverageQuery, today = chinaToday()) {
  const year = q.year ?? Number(today.slice(0, 4));
  const quarter = q.quarter ?? Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const m1 = (quarter - 1) * 3 + 1;
  const end = new Date(Date.UTC(year, m1 + 2, 0)).toISOString().slice(0, 10);
  return { year, quarter, from: `${year}-${String(m1).padStart(2, '0')}-01`, to: end };
}

const share = (t: Tally) => (t.assigned ? Math.round((t.visited / t.assigned) * 10000) / 10000 : 0);

/**
 * 包联覆盖 (docs/rules.md §5.7.1): per cadre and per township, the enterprises assigned in the quarter, how many
 * of them had a visit in it, and their open and overdue issues. `cadreId` narrows it to one cadre's own.
 */
export async function liaisonCoverage(
  db: Kysely<DB>,
  scope: RowScope,
  q: TLiaisonCoverageQuery,
  cadreId?: number,
): Promise<TLiaisonCoverage> {
  const p = quarterOf(q);
  const today = chinaToday();
  let assigned = db
    .selectFrom('liaison_assignment as a')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .innerJoin('app_user as u', 'u.id', 'a.cadre_id')
    .where(scopeFilter(scope, ASSIGNMENT_COLUMNS))
    .where('a.start_on', '<=', p.to)
    .where('a.end_on', '>=', p.from);
  if (cadreId) assigned = assigned.where('a.cadre_id', '=', cadreId);
  const rows = await assigned
    .select([
      'a.enterprise_id',
      'a.cadre_id',
      'u.display_name as cadre_name',
      'e.township_code',
      sql<string | null>`(select name from region where code = e.township_code)`.as('township_name'),
      sql<boolean>`exists (select 1 from liaison_visit v where v.enterprise_id = a.enterprise_id and v.visited_on between ${p.from} and ${p.to})`.as(
        'visited',
      ),
      sql<number>`(select count(*)::int from liaison_issue i where i.enterprise_id = a.enterprise_id and i.status in (${sql.join(LIAISON_OPEN_STATES)}))`.as(
        'open_issues',
      ),
      sql<number>`(select count(*)::int from liaison_issue i where i.enterprise_id = a.enterprise_id and i.status in (${sql.join(LIAISON_OPEN_STATES)}) and i.due_on < ${today})`.as(
        'overdue_issues',
      ),
    ])
    .orderBy('a.cadre_id')
    .orderBy('a.enterprise_id')
    .execute();

  const byCadre = new Map<number, Tally & { cadreName: string; seen: Set<number> }>();
  const byTownship = new Map<
    string,
    Tally & { townshipCode: string | null; townshipName: string; seen: Set<number> }
  >();
  for (const r of rows) {
    const c = byCadre.get(r.cadre_id) ?? { cadreName: r.cadre_name, ...zero(), seen: new Set<number>() };
    byCadre.set(r.cadre_id, add(c, r));
    const key = r.township_code ?? '';
    const t = byTownship.get(key) ?? {
      townshipCode: r.township_code,
      townshipName: r.township_name ?? '未填乡镇',
      ...zero(),
      seen: new Set<number>(),
    };
    byTownship.set(key, add(t, r));
  }
  return {
    ...p,
    cadres: [...byCadre.entries()].map(([id, c]) => ({
      cadreId: id,
      cadreName: c.cadreName,
      ...figures(c),
    })),
    townships: [...byTownship.values()]
      .map((t) => ({ townshipCode: t.townshipCode, townshipName: t.townshipName, ...figures(t) }))
      .sort((a, b) => (a.townshipCode ?? '~').localeCompare(b.townshipCode ?? '~')),
  };
}

const zero = (): Tally => ({ assigned: 0, visited: 0, openIssues: 0, overdueIssues: 0 });

/** Counts an enterprise once per group (two assignments in one quarter are one enterprise). */
function add<T extends Tally & { seen: Set<number> }>(
  t: T,
  r: { enterprise_id: number; visited: boolean; open_issues: number; overdue_issues: number },
): T {
  if (t.seen.has(r.enterprise_id)) return t;
  t.seen.add(r.enterprise_id);
  t.assigned += 1;
  if (r.visited) t.visited += 1;
  t.openIssues += Number(r.open_issues);
  t.overdueIssues += Number(r.overdue_issues);
  return t;
}

const figures = (t: Tally) => ({
  assigned: t.assigned,
  visited: t.visited,
  share: share(t),
  openIssues: t.openIssues,
  overdueIssues: t.overdueIssues,
});
