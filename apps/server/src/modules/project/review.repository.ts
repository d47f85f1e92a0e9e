import { sql, type Kysely, type Selectable, type SqlBool } from 'kysely';
import type { z } from 'zod';
import type { ZAssignmentListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import type { ReviewAssignmentTable } from './project.tables';

export type AssignmentRow = Selectable<ReviewAssignmentTable> & {
  application_title: string;
  application_state: string;
  enterprise_id: number;
  enterprise_name: string;
  call_id: number;
  call_title: string;
  criteria: unknown;
  outlier_rule: string;
  outlier_sd: string | null;
  min_experts: number;
  ranking_confirmed_at: Date | null;
  expert_name: string;
};

export type AssignmentFilter = Omit<z.infer<typeof ZAssignmentListQuery>, 'current' | 'pageSize'>;

/** Assignments joined with their application, call, applicant and expert. */
export function assignmentQuery(db: Kysely<DB>) {
  return db
    .selectFrom('review_assignment as r')
    .innerJoin('project_application as a', 'a.id', 'r.application_id')
    .innerJoin('project_call as c', 'c.id', 'a.call_id')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .innerJoin('app_user as u', 'u.id', 'r.expert_id')
    .leftJoin('expert_profile as p', 'p.user_id', 'r.expert_id')
    .selectAll('r')
    .select([
      'a.title as application_title',
      'a.state as application_state',
      'a.enterprise_id',
      'e.name as enterprise_name',
      'c.id as call_id',
      'c.title as call_title',
      'c.criteria',
      'c.outlier_rule',
      'c.outlier_sd',
      'c.min_experts',
      'c.ranking_confirmed_at',
      (eb) => eb.fn.coalesce('p.name', 'u.display_name').as('expert_name'),
    ]);
}

/** One assignment with its context. */
export async function findAssignment(db: Kysely<DB>, id: number): Promise<AssignmentRow | undefined> {
  return (await assignmentQuery(db).where('r.id', '=', id).executeTakeFirst()) as AssignmentRow | undefined;
}

/** Every assignment of a call's applications (for the ranking). */
export async function assignmentsOfCall(db: Kysely<DB>, callId: number): Promise<AssignmentRow[]> {
  return (await assignmentQuery(db)
    .where('c.id', '=', callId)
    .orderBy('r.application_id')
    .orderBy('r.id')
    .execute()) as AssignmentRow[];
}

/** One page of the assignments in scope: open ones first, then the latest. */
export async function listAssignments(db: Kysely<DB>, scope: RowScope, f: AssignmentFilter, page: PageRequest) {
  let q = assignmentQuery(db).where(
    scopeFilter(scope, { region: 'r.region_code', assigned: (userId) => sql<SqlBool>`(r.expert_id = ${userId})` }),
  );
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.callId) q = q.where('c.id', '=', f.callId);
  if (f.applicationId) q = q.where('r.application_id', '=', f.applicationId);
  const open = sql<number>`(r.status = 'assigned')::int`.as('open_first');
  const { data, total } = await listPage(q.select(open), page, {
    defaultSort: ['open_first', 'desc'],
    idColumn: 'r.id',
  });
  return { rows: data as AssignmentRow[], total };
}

/** Whether the expert is assigned to review the application. */
export async function isAssignedTo(db: Kysely<DB>, applicationId: number, expertId: number): Promise<boolean> {
  const a = await db
    .selectFrom('review_assignment')
    .select('id')
    .where('application_id', '=', applicationId)
    .where('expert_id', '=', expertId)
    .executeTakeFirst();
  return !!a;
}
