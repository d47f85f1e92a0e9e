import type { Kysely } from 'kysely';
import {
  assertInScope,
  holds,
  isInScope,
  rowScope,
  type RowScope,
  type RowScopeRule,
} from '../../platform/auth/row-scope';
import type { DB } from '../../platform/db/schema';
import { AppError, forbidden, notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import type { CallScope } from './call.repository';
import { isAssignedTo } from './review.repository';

// Who reads which rows of the project module, stated once (docs/architecture.md §3.2).
/** Applications and what hangs off them: staff and leaders of a region, the applicant, the experts assigned. */
const APPLICATIONS: RowScopeRule = { region: ['project:read'], own: ['project:apply'], assigned: ['project:review'] };
/** Calls: staff and leaders of a region; enterprise users of the region see the published ones. */
const CALLS: RowScopeRule = { region: ['project:read', 'project:apply'] };
/** The reserve: staff and leaders of a region, an enterprise its own ideas. */
const RESERVE: RowScopeRule = { region: ['project:read'], own: ['project:apply'] };
/** Review assignments: staff and leaders of a region, an expert their own. */
const REVIEWS: RowScopeRule = { region: ['project:read'], assigned: ['project:review'] };
/** A call's ranking: staff and leaders of the call's region (and whoever confirms it). */
const RANKING: RowScopeRule = { region: ['project:read', 'project:confirm'] };
/** The funding ledger: its readers and keepers in a region. */
const FUNDING: RowScopeRule = { region: ['funding:read', 'funding:write'] };
/** Expert profiles: the keepers of the expert library in a region. */
const EXPERTS: RowScopeRule = { region: ['expert:manage'] };
/** Bureau actions (calls, reserve, review, recommendation, assigning experts): staff of the row's region. */
const STAFF: RowScopeRule = { region: ['project:write'] };

/** The applications a user may read (403 for anyone the rule gives nothing). */
export const applicationScope = (auth: AuthContext): RowScope => rowScope(auth, APPLICATIONS);
/** The reserve entries a user may read. */
export const reserveScope = (auth: AuthContext): RowScope => rowScope(auth, RESERVE);
/** The review assignments a user may read. */
export const reviewScope = (auth: AuthContext): RowScope => rowScope(auth, REVIEWS);
/** The ledger records a user may read. */
export const fundingScope = (auth: AuthContext): RowScope => rowScope(auth, FUNDING);
/** The expert profiles a user keeps. */
export const expertScope = (auth: AuthContext): RowScope => rowScope(auth, EXPERTS);
/** The region a staff member acts in: bureau actions, and the experts they may assign. */
export const staffScope = (auth: AuthContext): RowScope => rowScope(auth, STAFF);
/** What falls due in the project module, for its readers. */
export const deadlineScope = (auth: AuthContext): RowScope => rowScope(auth, { region: ['project:read'] });

/** The calls a user may list: the region's, and only the published ones unless the user is bureau staff. */
export function callScope(auth: AuthContext): CallScope {
  return { scope: rowScope(auth, CALLS), publishedOnly: !holds(auth, 'project:read') };
}

/** Whether the user may see a call: staff and leaders in its region; enterprise users once it is published. */
export function canSeeCall(auth: AuthContext, call: { region_code: string; status: string }): boolean {
  if (!holds(auth, ...CALLS.region!)) return false;
  const { scope, publishedOnly } = callScope(auth);
  return isInScope(scope, call) && (!publishedOnly || call.status === 'published');
}

/** Refuses a call the user may not see: 403 to staff for another region's, 404 to anyone else. */
export function assertCanSeeCall<C extends { region_code: string; status: string }>(
  auth: AuthContext,
  call: C | undefined,
): asserts call is C {
  if (call && holds(auth, 'project:read')) assertInScope(callScope(auth).scope, call, '该批次');
  else if (!call || !canSeeCall(auth, call)) throw notFound('项目批次');
}

/** Refuses a call's ranking outside the user's region. */
export function assertCanSeeRanking(auth: AuthContext, call: { region_code: string }): void {
  assertInScope(rowScope(auth, RANKING), call, '该批次');
}

/** Refuses reading an application outside the scope: another county, another enterprise, or one not assigned to the expert. */
export async function assertCanReadApplication(
  db: Kysely<DB>,
  scope: RowScope,
  row: { id: number; enterprise_id: number; region_code: string },
): Promise<void> {
  const assigned = scope.kind === 'assigned' && (await isAssignedTo(db, row.id, scope.userId));
  assertInScope(scope, { ...row, assignedTo: () => assigned }, '该申报书');
}

/** Refuses a project's funding to experts (they review, they do not follow the money) and outside the scope. */
export async function assertCanReadProjectFunding(
  db: Kysely<DB>,
  auth: AuthContext,
  a: { id: number; enterprise_id: number; region_code: string },
): Promise<void> {
  const scope = applicationScope(auth);
  if (scope.kind === 'assigned') throw forbidden('评审专家不能查看项目资金');
  await assertCanReadApplication(db, scope, a);
}

/**
 * Who acts for the applicant: the enterprise's own user, or staff on its behalf within their region
 * (`onBehalf` is recorded on the transition and in the audit trail).
 */
export function applicantActor(
  auth: AuthContext,
  row: { enterprise_id: number; region_code: string },
): { onBehalf: boolean } {
  if (holds(auth, 'project:apply') && auth.enterpriseId === row.enterprise_id) return { onBehalf: false };
  if (holds(auth, 'project:write')) {
    assertStaffRegion(auth, row.region_code);
    return { onBehalf: true };
  }
  if (holds(auth, 'project:apply')) throw new AppError('OUT_OF_SCOPE', '只能办理本单位的申报书');
  throw forbidden();
}

/** Which of an application's moves the user may make: the bureau's (staff), the applicant's (its user, or staff). */
export function movesAllowed(auth: AuthContext, a: { enterprise_id: number }): { staff: boolean; applicant: boolean } {
  const staff = holds(auth, 'project:write');
  return { staff, applicant: staff || (holds(auth, 'project:apply') && auth.enterpriseId === a.enterprise_id) };
}

/** Whether the user reads the bureau's internal comments on an application's history (the applicant does not). */
export const seesInternalComments = (auth: AuthContext): boolean => holds(auth, 'project:read');

/** Refuses a bureau action (review, recommend, assign experts) to anyone but staff of the row's region. */
export function assertStaffRegion(auth: AuthContext, regionCode: string): void {
  if (!holds(auth, 'project:write')) throw forbidden('该操作须由科技局业务人员办理');
  assertInScope(staffScope(auth), { region_code: regionCode }, `所属县区 ${regionCode} `);
}

/** Refuses a row that is not there (404, naming `what`) or that staff of another region would act on (403). */
export function assertStaffKeeps<R extends { region_code: string }>(
  auth: AuthContext,
  row: R | undefined,
  what: string,
): asserts row is R {
  if (!row) throw notFound(what);
  assertStaffRegion(auth, row.region_code);
}

/** Refuses an assignment to anyone but its expert and the staff and leaders of its region. */
export function assertCanReadAssignment(auth: AuthContext, r: { region_code: string; expert_id: number }): void {
  const row = { region_code: r.region_code, assignedTo: (userId: number) => userId === r.expert_id };
  if (!isInScope(reviewScope(auth), row)) throw forbidden('该评审任务未分配给您');
}

/** Refuses a ledger record outside the user's region. */
export function assertCanKeepFunding(auth: AuthContext, r: { region_code: string }): void {
  assertInScope(fundingScope(auth), r, '该资金记录');
}

/** Refuses an expert (account or profile) outside the keeper's region. */
export function assertCanKeepExpert(auth: AuthContext, expert: { region_code: string }): void {
  assertInScope(expertScope(auth), expert, '该专家');
}

/** Whose project to-dos a user has: an applicant's (its enterprise), an expert's (their user id), staff's (their region). */
export function projectTodoRoles(auth: AuthContext): {
  applicant: number | null;
  expert: number | null;
  staffPrefix: string | null;
} {
  return {
    applicant: holds(auth, 'project:apply') ? auth.enterpriseId : null,
    expert: holds(auth, 'project:review') ? auth.userId : null,
    staffPrefix: holds(auth, 'project:write') ? auth.scopePrefix : null,
  };
}
