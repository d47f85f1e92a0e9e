import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable, type SqlBool } from 'kysely';
import type { z } from 'zod';
import type { ApplicationState, ZApplicationListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { categoryLabel, filesOf, type FileRow } from './call.repository';
import type { ProjectApplicationTable } from './project.tables';

export type ApplicationRow = Selectable<ProjectApplicationTable> & {
  call_title: string;
  category: string;
  category_label: string | null;
  level: string;
  year: number;
  opens_at: Date;
  closes_at: Date;
  call_status: string;
  form: unknown;
  enterprise_name: string;
  unit_kind: string;
  credit_code: string;
};
export type ApplicationFilter = Omit<z.infer<typeof ZApplicationListQuery>, 'current' | 'pageSize'>;

function base(db: Kysely<DB>) {
  return db
    .selectFrom('project_application as a')
    .innerJoin('project_call as c', 'c.id', 'a.call_id')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id');
}

function withColumns(q: ReturnType<typeof base>) {
  return q
    .selectAll('a')
    .select([
      'c.title as call_title',
      'c.category',
      'c.level',
      'c.year',
      'c.opens_at',
      'c.closes_at',
      'c.status as call_status',
      'c.form',
      'e.name as enterprise_name',
      'e.unit_kind',
      'e.credit_code',
      categoryLabel('c.category').as('category_label'),
    ]);
}

/** An application's scope columns: its region, its applicant, and the experts assigned to review it. */
const APPLICATION_SCOPE = {
  region: 'a.region_code',
  enterprise: 'a.enterprise_id',
  assigned: (userId: number) =>
    sql<SqlBool>`exists (select 1 from review_assignment r where r.application_id = a.id and r.expert_id = ${userId})`,
};

function filtered(db: Kysely<DB>, scope: RowScope, f: ApplicationFilter) {
  let q = base(db).where(scopeFilter(scope, APPLICATION_SCOPE));
  if (f.callId) q = q.where('a.call_id', '=', f.callId);
  if (f.state) q = q.where('a.state', 'in', f.state.split(','));
  if (f.category) q = q.where('c.category', '=', f.category);
  if (f.year) q = q.where('c.year', '=', f.year);
  if (f.enterpriseId) q = q.where('a.enterprise_id', '=', f.enterpriseId);
  if (f.ids) q = q.where('a.id', 'in', f.ids);
  if (f.keyword) {
    const like = containing(f.keyword);
    q = q.where((eb) =>
      eb.or([eb('a.title', 'like', like), eb('e.name', 'like', like), eb('a.project_no', 'like', like)]),
    );
  }
  // Submission dates are Beijing dates (as in the report facts), whatever the session's time zone.
  if (f.submittedFrom) {
    q = q.where(sql<boolean>`a.submitted_at >= ${f.submittedFrom}::date::timestamp at time zone 'Asia/Shanghai'`);
  }
  if (f.submittedTo) {
    q = q.where(sql<boolean>`a.submitted_at < (${f.submittedTo}::date + 1)::timestamp at time zone 'Asia/Shanghai'`);
  }
  return q;
}

/** One page of applications in scope, latest change first. */
export async function listApplications(db: Kysely<DB>, scope: RowScope, f: ApplicationFilter, page: PageRequest) {
  const { data, total } = await listPage(withColumns(filtered(db, scope, f)), page, {
    defaultSort: ['a.updated_at', 'desc'],
    idColumn: 'a.id',
  });
  return { rows: data as ApplicationRow[], total };
}

/** One application with its call and applicant. */
export async function findApplication(db: Kysely<DB>, id: number): Promise<ApplicationRow | undefined> {
  return (await withColumns(base(db)).where('a.id', '=', id).executeTakeFirst()) as ApplicationRow | undefined;
}

/** The slots of an application that hold at least one file. */
export async function filledSlots(db: Kysely<DB>, applicationId: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom('project_file')
    .select('slot')
    .distinct()
    .where('owner_type', '=', 'application')
    .where('owner_id', '=', applicationId)
    .execute();
  return new Set(rows.map((r) => r.slot));
}

/** One application with its files, as its detail shows it. */
export async function applicationWithFiles(
  db: Kysely<DB>,
  id: number,
): Promise<{ application: ApplicationRow; files: FileRow[] } | undefined> {
  const application = await findApplication(db, id);
  return application && { application, files: await filesOf(db, 'application', [id]) };
}

/** An applicant as a new application or reserve entry needs it. */
export function findApplicant(db: Kysely<DB>, enterpriseId: number) {
  return db
    .selectFrom('enterprise')
    .select(['id', 'name', 'region_code'])
    .where('id', '=', enterpriseId)
    .executeTakeFirst();
}

/** An application's recorded moves, oldest first. */
export function transitionsOf(db: Kysely<DB>, applicationId: number) {
  return db
    .selectFrom('project_transition')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** A call's applications in some states with their applicants, by the applicants' pinyin (for a 公示 list). */
export function applicantsInStates(db: Kysely<DB>, callId: number, states: ApplicationState[]) {
  return db
    .selectFrom('project_application as a')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .select(['a.title', 'a.state', 'e.name', 'e.credit_code'])
    .where('a.call_id', '=', callId)
    .where('a.state', 'in', states)
    .orderBy('e.name_pinyin')
    .execute();
}
