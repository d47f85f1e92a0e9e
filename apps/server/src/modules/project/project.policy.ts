import type { Kysely } from 'kysely';
import { inScope } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { AppError, forbidden, outOfScope } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/** What applications a user may read: a region (staff, leaders), one enterprise (its user), or what is assigned (experts). */
export type ProjectScope =
  { kind: 'region'; prefix: string } | { kind: 'own'; enterpriseId: number } | { kind: 'assigned'; expertId: number };

/** The read scope of a signed-in user; anyone else is refused. */
export function projectScope(auth: AuthContext): ProjectScope {
  if (auth.permissions.has('project:read')) return { kind: 'region', prefix: auth.scopePrefix };
  if (auth.permissions.has('project:apply') && auth.enterpriseId) {
    return { kind: 'own', enterpriseId: auth.enterpriseId };
  }
  if (auth.permissions.has('project:review')) return { kind: 'assigned', expertId: auth.userId };
  throw forbidden();
}

/** Refuses reading an application outside the scope: another county, another enterprise, or one not assigned to the expert. */
export async function assertCanReadApplication(
  db: Kysely<DB>,
  scope: ProjectScope,
  row: { id: number; enterprise_id: number; region_code: string },
): Promise<void> {
  if (scope.kind === 'region' && !inScope(scope.prefix, row.region_code)) throw outOfScope();
  if (scope.kind === 'own' && row.enterprise_id !== scope.enterpriseId) {
    throw new AppError('OUT_OF_SCOPE', '只能查看本单位的申报书');
  }
  if (scope.kind === 'assigned') {
    const a = await db
      .selectFrom('review_assignment')
      .select('id')
      .where('application_id', '=', row.id)
      .where('expert_id', '=', scope.expertId)
      .executeTakeFirst();
    if (!a) throw forbidden('该申报书未分配给您评审');
  }
}

/**
 * Who acts for the applicant: the enterprise's own user, or staff on its behalf within their region
 * (`onBehalf` is recorded on the transition and in the audit trail).
 */
export function applicantActor(
  auth: AuthContext,
  row: { enterprise_id: number; region_code: string },
): { onBehalf: boolean } {
  if (auth.permissions.has('project:apply') && auth.enterpriseId === row.enterprise_id) return { onBehalf: false };
  if (auth.permissions.has('project:write')) {
    assertStaffRegion(auth, row.region_code);
    return { onBehalf: true };
  }
  if (auth.permissions.has('project:apply')) throw new AppError('OUT_OF_SCOPE', '只能办理本单位的申报书');
  throw forbidden();
}

/** Refuses a bureau action (review, recommend, assign experts) to anyone but staff of the row's region. */
export function assertStaffRegion(auth: AuthContext, regionCode: string): void {
  if (!auth.permissions.has('project:write')) throw forbidden('该操作须由科技局业务人员办理');
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `所属县区 ${regionCode} 不在您的管辖范围内`);
  }
}

/** Whether the user may see a call: staff and leaders in its region; enterprise users once it is published. */
export function canSeeCall(auth: AuthContext, call: { region_code: string; status: string }): boolean {
  if (auth.permissions.has('project:read')) return inScope(auth.scopePrefix, call.region_code);
  if (auth.permissions.has('project:apply')) {
    return call.status === 'published' && inScope(auth.scopePrefix, call.region_code);
  }
  return false;
}
