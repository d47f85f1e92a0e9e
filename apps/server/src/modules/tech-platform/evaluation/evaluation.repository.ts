import { sql, type Kysely, type SqlBool, type Expression } from 'kysely';
import type { TEvalRoundListQuery } from '@kechuang/domain';
import type { RowScope } from '../../../platform/auth/row-scope';
import { codeStartsWith } from '../../../platform/db/code-prefix';
import { listPage, type PageRequest } from '../../../platform/db/paging';
import type { DB } from '../../../platform/db/schema';

// The evaluation's reads (docs/rules.md §5.4). Writes live in the use cases.

/** The scheme version in effect for a kind and level in a year: the highest version effective by then. */
export function findSchemeInEffect(db: Kysely<DB>, kind: string, level: string, year: number) {
  return db
    .selectFrom('tech_platform_eval_scheme')
    .selectAll()
    .where('kind', '=', kind)
    .where('level', '=', level)
    .where('effective_year', '<=', year)
    .orderBy('version', 'desc')
    .executeTakeFirst();
}

/** Every scheme version, newest first per kind and level. */
export function listSchemes(db: Kysely<DB>) {
  return db
    .selectFrom('tech_platform_eval_scheme')
    .selectAll()
    .orderBy('kind')
    .orderBy('level')
    .orderBy('version', 'desc')
    .execute();
}

/** The latest version number of a kind and level (0 when none). */
export async function latestSchemeVersion(db: Kysely<DB>, kind: string, level: string): Promise<number> {
  const r = await db
    .selectFrom('tech_platform_eval_scheme')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('kind', '=', kind)
    .where('level', '=', level)
    .executeTakeFirst();
  return Number(r?.v ?? 0);
}

/** A region's 艰苦边远地区 switch (undefined: never set, i.e. off). */
export function findRegionSetting(db: Kysely<DB>, regionCode: string) {
  return db
    .selectFrom('tech_platform_eval_region')
    .selectAll()
    .where('region_code', '=', regionCode)
    .executeTakeFirst();
}

/** The county's recognised (已认定) platforms of the kinds and level, with their operator. */
export function recognisedPlatforms(db: Kysely<DB>, regionCode: string, kinds: string[], level: string) {
  return db
    .selectFrom('tech_platform')
    .select(['id', 'name', 'kind', 'enterprise_id', 'region_code'])
    .where('region_code', '=', regionCode)
    .where('kind', 'in', kinds)
    .where('level', '=', level)
    .where('status', '=', 'recognized')
    .orderBy('id')
    .execute();
}

/** Platforms already entered in a round of the year. */
export function platformsEnteredInYear(db: Kysely<DB>, platformIds: number[], year: number) {
  return db
    .selectFrom('tech_platform_eval_entry as e')
    .innerJoin('tech_platform as p', 'p.id', 'e.platform_id')
    .select(['p.name', 'e.round_id'])
    .where('e.platform_id', 'in', platformIds)
    .where('e.year', '=', year)
    .execute();
}

const regionName = sql<string | null>`(select name from region where code = r.region_code)`.as('region_name');
const entryCount = sql<number>`(select count(*)::int from tech_platform_eval_entry x where x.round_id = r.id)`.as(
  'entries',
);
const submittedCount =
  sql<number>`(select count(*)::int from tech_platform_eval_entry x where x.round_id = r.id and x.status = 'submitted')`.as(
    'submitted',
  );

/** A round with its county's name and how many entries it has and how many are submitted. */
export function findRound(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('tech_platform_eval_round as r')
    .selectAll('r')
    .select([regionName, entryCount, submittedCount])
    .where('r.id', '=', id)
    .executeTakeFirst();
}
export type EvalRoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

/** The rounds a scope sees: a region's; an enterprise's (a platform of its in it); an expert's (a task in it). */
function roundsIn(scope: RowScope): Expression<SqlBool> {
  if (scope.kind === 'region') return codeStartsWith('r.region_code', scope.prefix);
  if (scope.kind === 'own') {
    return sql<SqlBool>`exists (select 1 from tech_platform_eval_entry x where x.round_id = r.id and x.enterprise_id = ${scope.enterpriseId})`;
  }
  return sql<SqlBool>`exists (select 1 from tech_platform_eval_entry x join tech_platform_eval_expert t on t.entry_id = x.id
    where x.round_id = r.id and t.expert_id = ${scope.userId})`;
}

/** One page of the rounds in scope, newest first. */
export async function listRounds(
  db: Kysely<DB>,
  scope: RowScope,
  f: Omit<TEvalRoundListQuery, 'current' | 'pageSize'>,
  page: PageRequest,
) {
  let q = db
    .selectFrom('tech_platform_eval_round as r')
    .selectAll('r')
    .select([regionName, entryCount, submittedCount])
    .where(roundsIn(scope));
  if (f.year) q = q.where('r.year', '=', f.year);
  if (f.state) q = q.where('r.state', '=', f.state);
  if (f.ids) q = q.where('r.id', 'in', f.ids.split(',').map(Number));
  const { data, total } = await listPage(q, page, { defaultSort: ['r.opened_on', 'desc'], idColumn: 'r.id' });
  return { rows: data as EvalRoundRow[], total };
}

function entries(db: Kysely<DB>) {
  return db
    .selectFrom('tech_platform_eval_entry as e')
    .innerJoin('tech_platform_eval_round as r', 'r.id', 'e.round_id')
    .innerJoin('tech_platform as p', 'p.id', 'e.platform_id')
    .innerJoin('tech_platform_eval_scheme as s', 's.id', 'e.scheme_id')
    .leftJoin('enterprise as ent', 'ent.id', 'e.enterprise_id')
    .selectAll('e')
    .select([
      'r.title as round_title',
      'r.state as round_state',
      'r.hardship_area',
      'p.name as platform_name',
      'p.kind',
      'p.operator_name',
      's.name as scheme_name',
      's.definition',
      'ent.name as enterprise_name',
      'ent.credit_code',
    ]);
}

/** One entry with its round, platform, operator and scheme. */
export function findEntry(db: Kysely<DB>, id: number) {
  return entries(db).where('e.id', '=', id).executeTakeFirst();
}
export type EvalEntryRow = NonNullable<Awaited<ReturnType<typeof findEntry>>>;

/** Several entries (assigning experts). */
export function findEntries(db: Kysely<DB>, ids: number[]) {
  return entries(db).where('e.id', 'in', ids).orderBy('e.id').execute();
}

/** The entries a scope sees (a region's; an enterprise its own; an expert those assigned), in platform order. */
export function entriesInScope(db: Kysely<DB>, scope: RowScope, f: { roundId?: number; ids?: number[] }) {
  let q = entries(db);
  if (f.roundId !== undefined) q = q.where('e.round_id', '=', f.roundId);
  if (f.ids) q = q.where('e.id', 'in', f.ids.length ? f.ids : [0]);
  if (scope.kind === 'region') q = q.where(codeStartsWith('e.region_code', scope.prefix));
  if (scope.kind === 'own') q = q.where('e.enterprise_id', '=', scope.enterpriseId);
  if (scope.kind === 'assigned') {
    q = q.where(
      sql<SqlBool>`exists (select 1 from tech_platform_eval_expert t where t.entry_id = e.id and t.expert_id = ${scope.userId})`,
    );
  }
  return q.orderBy('e.round_id').orderBy('p.kind').orderBy('e.platform_id').limit(1000).execute();
}

/** A round's entries a scope sees. */
export const entriesOfRound = (db: Kysely<DB>, roundId: number, scope: RowScope) =>
  entriesInScope(db, scope, { roundId });

/** A round's state moves, oldest first. */
export function roundHistory(db: Kysely<DB>, roundId: number) {
  return db
    .selectFrom('tech_platform_eval_round_history')
    .selectAll()
    .where('round_id', '=', roundId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** The experts' tasks on entries, with the expert's name. */
export function tasksOfEntries(db: Kysely<DB>, entryIds: number[]) {
  if (entryIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('tech_platform_eval_expert as t')
    .innerJoin('app_user as u', 'u.id', 't.expert_id')
    .leftJoin('expert_profile as ep', 'ep.user_id', 't.expert_id')
    .selectAll('t')
    .select(sql<string>`coalesce(ep.name, u.display_name)`.as('expert_name'))
    .where('t.entry_id', 'in', entryIds)
    .orderBy('t.id')
    .execute();
}
export type EvalTaskRow = Awaited<ReturnType<typeof tasksOfEntries>>[number];

/** One expert task with its entry's round state and scheme. */
export function findTask(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('tech_platform_eval_expert as t')
    .innerJoin('tech_platform_eval_entry as e', 'e.id', 't.entry_id')
    .innerJoin('tech_platform_eval_round as r', 'r.id', 'e.round_id')
    .innerJoin('tech_platform_eval_scheme as s', 's.id', 'e.scheme_id')
    .innerJoin('tech_platform as p', 'p.id', 'e.platform_id')
    .selectAll('t')
    .select(['r.state as round_state', 'r.title as round_title', 's.definition', 'p.name as platform_name'])
    .where('t.id', '=', id)
    .executeTakeFirst();
}

/** A platform's grades in earlier years (for the consecutive-fail rule). */
export function earlierGrades(db: Kysely<DB>, platformId: number, year: number) {
  return db
    .selectFrom('tech_platform_eval_entry')
    .select(['year', 'grade'])
    .where('platform_id', '=', platformId)
    .where('year', '<', year)
    .where('grade', 'is not', null)
    .execute() as Promise<{ year: number; grade: string }[]>;
}

/** The active staff accounts of a county (who are told of a 摘牌 proposal). */
export function staffOfRegion(db: Kysely<DB>, regionCode: string) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('user_role as ur', (j) => j.onRef('ur.user_id', '=', 'u.id').on('ur.role_code', '=', 'staff'))
    .select('u.id')
    .where('u.region_code', '=', regionCode)
    .where('u.status', '=', 'active')
    .execute();
}

/** The active users of an operating enterprise (told when their figures are returned). */
export function operatorUsers(db: Kysely<DB>, enterpriseId: number) {
  return db
    .selectFrom('app_user')
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .where('status', '=', 'active')
    .execute();
}

/** Rounds of a region (by prefix) opened in [from, to]: the report's facts. */
export function roundsOpenedIn(db: Kysely<DB>, prefix: string, from: string, to: string) {
  return db
    .selectFrom('tech_platform_eval_round')
    .select(['id', 'title'])
    .where(codeStartsWith('region_code', prefix))
    .where('opened_on', '>=', from)
    .where('opened_on', '<=', to)
    .orderBy('id')
    .execute();
}

/** Graded entries of rounds graded in [from, to] in a region, with the platform's name. */
export function resultsGradedIn(db: Kysely<DB>, prefix: string, from: string, to: string) {
  return db
    .selectFrom('tech_platform_eval_entry as e')
    .innerJoin('tech_platform_eval_round as r', 'r.id', 'e.round_id')
    .innerJoin('tech_platform as p', 'p.id', 'e.platform_id')
    .select(['e.id', 'e.grade', 'e.revocation_proposed', 'p.name'])
    .where(codeStartsWith('r.region_code', prefix))
    .where('r.graded_on', '>=', from)
    .where('r.graded_on', '<=', to)
    .where('e.grade', 'is not', null)
    .orderBy('e.id')
    .execute();
}
