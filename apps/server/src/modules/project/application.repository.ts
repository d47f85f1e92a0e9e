import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import type { ZApplicationListQuery } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { ProjectApplicationTable } from './project.tables';
import type { ProjectScope } from './project.policy';
import { codeStartsWith } from '../../platform/db/code-prefix';

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

const label = sql<
  string | null
>`(select d.label from dict_item d where d.type_code = 'project_category' and d.value = c.category)`;

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
      label.as('category_label'),
    ]);
}

function filtered(db: Kysely<DB>, scope: ProjectScope, f: ApplicationFilter) {
  let q = base(db);
  if (scope.kind === 'region') q = q.where(codeStartsWith('a.region_code', scope.prefix));
  if (scope.kind === 'own') q = q.where('a.enterprise_id', '=', scope.enterpriseId);
  if (scope.kind === 'assigned') {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('review_assignment as r')
          .select('r.id')
          .whereRef('r.application_id', '=', 'a.id')
          .where('r.expert_id', '=', scope.expertId),
      ),
    );
  }
  if (f.callId) q = q.where('a.call_id', '=', f.callId);
  if (f.state) q = q.where('a.state', 'in', f.state.split(','));
  if (f.category) q = q.where('c.category', '=', f.category);
  if (f.year) q = q.where('c.year', '=', f.year);
  if (f.enterpriseId) q = q.where('a.enterprise_id', '=', f.enterpriseId);
  if (f.keyword) {
    q = q.where((eb) =>
      eb.or([
        eb('a.title', 'like', `%${f.keyword}%`),
        eb('e.name', 'like', `%${f.keyword}%`),
        eb('a.project_no', 'like', `%${f.keyword}%`),
      ]),
    );
  }
  if (f.submittedFrom) q = q.where(sql<boolean>`a.submitted_at >= ${f.submittedFrom}::date`);
  if (f.submittedTo) q = q.where(sql<boolean>`a.submitted_at < ${f.submittedTo}::date + 1`);
  return q;
}

/** One page of applications in scope, latest change first. */
export async function listApplications(
  db: Kysely<DB>,
  scope: ProjectScope,
  f: ApplicationFilter,
  page: { current: number; pageSize: number },
) {
  const [rows, total] = await Promise.all([
    withColumns(filtered(db, scope, f))
      .orderBy('a.updated_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(page.pageSize)
      .offset((page.current - 1) * page.pageSize)
      .execute(),
    filtered(db, scope, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as ApplicationRow[], total: Number(total.n) };
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
