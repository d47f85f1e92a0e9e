import { assertInScope, holds, rowScope, type RowScope, type RowScopeRule } from '../../platform/auth/row-scope';
import { AppError, forbidden } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

// Who reads and does what with 科技成果登记 (docs/rules.md §5.3), stated once.
/** Staff and leaders read their region's registrations; an enterprise user those of its own enterprise. */
const REGISTRATIONS: RowScopeRule = { region: ['achievement:read'], own: ['achievement:self'] };
/** The bureau's moves (受理, 退回, 推荐, 登记, 撤销) and filling in on an enterprise's behalf. */
const STAFF: RowScopeRule = { region: ['achievement:write'] };

/** The registrations a user may read (403 for anyone the rule gives nothing). */
export const achievementScope = (auth: AuthContext): RowScope => rowScope(auth, REGISTRATIONS);

/** The registrations are scoped by their county and their first completing unit, the table called `a`. */
export const ACHIEVEMENT_COLUMNS = { region: 'a.region_code', enterprise: 'a.enterprise_id' } as const;

/** Refuses a registration outside the scope: another county, or another enterprise's. */
export function assertCanRead(scope: RowScope, row: { region_code: string; enterprise_id: number | null }): void {
  assertInScope(scope, row, '该科技成果登记');
}

/** Whether the user is bureau staff for this module (fills in for any unit of the region). */
export const isAchievementStaff = (auth: AuthContext): boolean => holds(auth, 'achievement:write');

/** Refuses a bureau move to anyone but staff of the registration's region. */
export function assertStaffRegion(auth: AuthContext, regionCode: string): void {
  if (!isAchievementStaff(auth)) throw forbidden('该操作须由科技局业务人员办理');
  assertInScope(rowScope(auth, STAFF), { region_code: regionCode }, `所属县区 ${regionCode} `);
}

/**
 * Who acts for the first completing unit: its own enterprise user, or staff of its region on its behalf
 * (`onBehalf` goes into the history and the audit trail). Another enterprise's user is refused.
 */
export function applicantActor(
  auth: AuthContext,
  row: { enterprise_id: number | null; region_code: string },
): { onBehalf: boolean } {
  if (holds(auth, 'achievement:self') && auth.enterpriseId && auth.enterpriseId === row.enterprise_id) {
    return { onBehalf: false };
  }
  if (isAchievementStaff(auth)) {
    assertStaffRegion(auth, row.region_code);
    return { onBehalf: true };
  }
  if (holds(auth, 'achievement:self')) throw new AppError('OUT_OF_SCOPE', '只能填报或办理本单位的科技成果登记');
  throw forbidden();
}

/**
 * The first completing unit of a new registration: an enterprise user registers for its own enterprise only;
 * staff for any enterprise of their region, or an institution by name.
 */
export function assertCanCreateFor(auth: AuthContext, enterpriseId: number | null | undefined): void {
  if (isAchievementStaff(auth)) return;
  if (!holds(auth, 'achievement:self') || !auth.enterpriseId) throw forbidden();
  if (enterpriseId !== auth.enterpriseId) {
    throw new AppError('OUT_OF_SCOPE', '企业用户只能以本单位为第一完成单位填报科技成果登记');
  }
}
