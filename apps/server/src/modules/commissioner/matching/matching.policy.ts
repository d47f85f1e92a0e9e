import { sql, type Expression, type SqlBool } from 'kysely';
import type { NeedActor } from '@kechuang/domain';
import { inScope } from '../../../platform/auth/region-scope';
import { assertInScope, holds, rowScope, type RowScope } from '../../../platform/auth/row-scope';
import { AppError, forbidden } from '../../../platform/errors';
import type { AuthContext } from '../../../platform/http/types';

// Who sees and moves which technology needs (docs/rules.md §5.1.2): staff those of their region, an enterprise its
// own, a commissioner those assigned to them (through commissioner.user_id).

export function needScope(auth: AuthContext): RowScope {
  return rowScope(auth, {
    region: ['commissioner:match'],
    own: ['commissioner:need'],
    assigned: ['commissioner:serve'],
  });
}

/** The needs table called `n`, scoped by region, enterprise and the assigned commissioner's account. */
export const NEED_COLUMNS = {
  region: 'n.region_code',
  enterprise: 'n.enterprise_id',
  assigned: (userId: number): Expression<SqlBool> =>
    sql<SqlBool>`exists (select 1 from commissioner c where c.id = n.commissioner_id and c.user_id = ${userId})`,
};

export interface NeedAccessRow {
  region_code: string;
  enterprise_id: number;
  commissioner_user_id: number | null;
}

/** Refuses a need outside the user's scope. */
export function assertCanReadNeed(auth: AuthContext, row: NeedAccessRow): RowScope {
  const scope = needScope(auth);
  assertInScope(scope, { ...row, assignedTo: (userId) => row.commissioner_user_id === userId }, '该技术需求');
  return scope;
}

/** The part the user plays on a need they may read: staff, the enterprise, or the assigned commissioner. */
export function actorOnNeed(auth: AuthContext, row: NeedAccessRow): NeedActor {
  const scope = assertCanReadNeed(auth, row);
  if (scope.kind === 'region') return 'staff';
  if (scope.kind === 'own') return 'enterprise';
  return 'commissioner';
}

/**
 * Who posts a need for which enterprise: an enterprise account for itself only; staff (commissioner:match) for an
 * enterprise they name, in their region. Answers the enterprise's id.
 */
export function enterpriseToPostFor(auth: AuthContext, enterpriseId: number | undefined): number {
  if (holds(auth, 'commissioner:match')) {
    if (!enterpriseId) {
      throw new AppError('VALIDATION_FAILED', '请选择提出需求的企业', [
        { field: 'enterpriseId', message: '请选择提出需求的企业' },
      ]);
    }
    return enterpriseId;
  }
  if (holds(auth, 'commissioner:need') && auth.enterpriseId) {
    if (enterpriseId && enterpriseId !== auth.enterpriseId) throw forbidden('只能为本单位发布技术需求');
    return auth.enterpriseId;
  }
  throw forbidden();
}

/** An enterprise a need is posted for lies in the poster's scope (staff: their region). */
export function assertEnterpriseInScope(auth: AuthContext, enterprise: { id: number; region_code: string }): void {
  if (auth.enterpriseId === enterprise.id) return;
  if (!inScope(auth.scopePrefix, enterprise.region_code)) {
    throw new AppError('OUT_OF_SCOPE', '该企业不在您的管辖范围内');
  }
}

/** Staff proposing or assigning commissioners: a need of their region. */
export function assertCanMatch(auth: AuthContext, row: NeedAccessRow): void {
  if (!holds(auth, 'commissioner:match')) throw forbidden();
  if (actorOnNeed(auth, row) !== 'staff') throw forbidden();
}

/** Whether the user sees the contact phone in full: the enterprise itself and its commissioner (staff see it masked). */
export const seesFullPhone = (scope: RowScope) => scope.kind !== 'region';
