import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import { COOPERATION_DICTS, type TCoopOutputListQuery, type TCoopProjectListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { codeStartsWith } from '../../platform/db/code-prefix';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { dictLabelOf } from './cooperation-refs';
import { PROJECT_COLUMNS } from './cooperation.policy';
import type { CooperationProjectTable } from './cooperation.tables';
import { idsOf, regionNameOf } from './region-name';

export type ProjectRow = Selectable<CooperationProjectTable> & {
  region_name: string | null;
  field_label: string | null;
  enterprise_name: string | null;
  partner_name: string | null;
};
export type ProjectFilter = Omit<TCoopProjectListQuery, 'current' | 'pageSize'>;

/** The names a project row is shown with, over the project called `alias`. */
export const projectNames = (alias: string) => [
  regionNameOf(alias),
  dictLabelOf(COOPERATION_DICTS.field, `${alias}.field`, 'field_label'),
  sql<string | null>`(select name from enterprise where id = ${sql.ref(`${alias}.enterprise_id`)})`.as(
    'enterprise_name',
  ),
  sql<string | null>`(select name from cooperation_partner where id = ${sql.ref(`${alias}.partner_id`)})`.as(
    'partner_name',
  ),
];

const SORTABLE = { startOn: 'p.start_on', endOn: 'p.end_on', name: 'p.name', updatedAt: 'p.updated_at' };

function filtered(db: Kysely<DB>, scope: RowScope, f: ProjectFilter) {
  let q = db.selectFrom('cooperation_project as p').where(scopeFilter(scope, PROJECT_COLUMNS));
  if (f.keyword) q = q.where('p.name', 'like', containing(f.keyword));
  if (f.status) q = q.where('p.status', '=', f.status);
  if (f.field) q = q.where('p.field', '=', f.field);
  if (f.year) q = q.where('p.start_on', '>=', `${f.year}-01-01`).where('p.start_on', '<=', `${f.year}-12-31`);
  if (f.enterpriseId) q = q.where('p.enterprise_id', '=', f.enterpriseId);
  if (f.partnerId) q = q.where('p.partner_id', '=', f.partnerId);
  if (f.ids) q = q.where('p.id', 'in', idsOf(f.ids));
  return q.selectAll('p').select(projectNames('p'));
}

/** One page of the projects in scope, newest 开始日期 first unless sorted. */
export async function listProjects(db: Kysely<DB>, scope: RowScope, f: ProjectFilter, page: PageRequest) {
  const { data, total } = await listPage(
    filtered(db, scope, f),
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['p.start_on', 'desc'], idColumn: 'p.id' },
  );
  return { rows: data as ProjectRow[], total };
}

/** Every project the filter matches (export), newest first, capped. */
export async function listAllProjects(db: Kysely<DB>, scope: RowScope, f: ProjectFilter, cap: number) {
  return (await filtered(db, scope, f)
    .orderBy('p.start_on', 'desc')
    .orderBy('p.id', 'desc')
    .limit(cap)
    .execute()) as ProjectRow[];
}

export async function findProject(db: Kysely<DB>, id: number): Promise<ProjectRow | undefined> {
  return (await db
    .selectFrom('cooperation_project as p')
    .selectAll('p')
    .select(projectNames('p'))
    .where('p.id', '=', id)
    .executeTakeFirst()) as ProjectRow | undefined;
}

export async function projectMilestones(db: Kysely<DB>, projectId: number) {
  return db
    .selectFrom('cooperation_milestone')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('planned_on')
    .orderBy('id')
    .execute();
}

export async function projectOutputs(db: Kysely<DB>, projectId: number) {
  return db
    .selectFrom('cooperation_output as o')
    .selectAll('o')
    .select(dictLabelOf(COOPERATION_DICTS.outputKind, 'o.kind', 'kind_label'))
    .where('o.project_id', '=', projectId)
    .orderBy('o.achieved_on')
    .orderBy('o.project_id')
    .orderBy('o.id')
    .execute();
}

export async function historyOf(db: Kysely<DB>, subject: 'agreement' | 'project', id: number) {
  return db
    .selectFrom('cooperation_history')
    .selectAll()
    .where('subject', '=', subject)
    .where('subject_id', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Projects of a region that started in [from, to], with their money by party (the report's facts). */
export async function projectsStartedIn(db: Kysely<DB>, scopePrefix: string, from: string, to: string) {
  return db
    .selectFrom('cooperation_project')
    .select(['id', 'name', 'enterprise_amount', 'partner_amount', 'government_amount'])
    .where(codeStartsWith('region_code', scopePrefix))
    .where('start_on', '>=', from)
    .where('start_on', '<=', to)
    .orderBy('id')
    .execute();
}

/** Projects of a region carried out during part of [from, to]: started by its end, not ended before its start. */
export async function projectsActiveIn(db: Kysely<DB>, scopePrefix: string, from: string, to: string) {
  return db
    .selectFrom('cooperation_project')
    .select(['id', 'name'])
    .where(codeStartsWith('region_code', scopePrefix))
    .where('start_on', '<=', to)
    .where(sql<boolean>`coalesce(ended_on, end_on) >= ${from}`)
    .orderBy('id')
    .execute();
}

/** Outputs of a region's projects achieved in [from, to], by kind (the report's facts). */
export async function outputsIn(db: Kysely<DB>, scopePrefix: string, from: string, to: string) {
  return db
    .selectFrom('cooperation_output as o')
    .select(['o.id', 'o.kind', 'o.title', 'o.count', 'o.project_id'])
    .select(dictLabelOf(COOPERATION_DICTS.outputKind, 'o.kind', 'kind_label'))
    .select(sql<string | null>`(select name from cooperation_project where id = o.project_id)`.as('project_name'))
    .where(codeStartsWith('o.region_code', scopePrefix))
    .where('o.achieved_on', '>=', from)
    .where('o.achieved_on', '<=', to)
    .orderBy('o.project_id')
    .orderBy('o.id')
    .execute();
}

export type OutputFilter = Omit<TCoopOutputListQuery, 'current' | 'pageSize'>;

/** One page of the outputs of the projects in scope (an enterprise user: its own), newest first. */
export async function listOutputs(db: Kysely<DB>, scope: RowScope, f: OutputFilter, page: PageRequest) {
  let q = db
    .selectFrom('cooperation_output as o')
    .innerJoin('cooperation_project as p', 'p.id', 'o.project_id')
    .where(scopeFilter(scope, PROJECT_COLUMNS));
  if (f.keyword) q = q.where('o.title', 'like', containing(f.keyword));
  if (f.kind) q = q.where('o.kind', '=', f.kind);
  if (f.year) q = q.where('o.achieved_on', '>=', `${f.year}-01-01`).where('o.achieved_on', '<=', `${f.year}-12-31`);
  if (f.ids) q = q.where('o.id', 'in', idsOf(f.ids));
  const query = q
    .selectAll('o')
    .select(['p.name as project_name', 'p.region_code as project_region'])
    .select(dictLabelOf(COOPERATION_DICTS.outputKind, 'o.kind', 'kind_label'))
    .select(sql<string | null>`(select name from enterprise where id = p.enterprise_id)`.as('enterprise_name'))
    .select(sql<string | null>`(select name from cooperation_partner where id = p.partner_id)`.as('partner_name'));
  return listPage(query, page, { defaultSort: ['o.achieved_on', 'desc'], idColumn: 'o.id' });
}
