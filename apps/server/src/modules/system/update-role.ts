import type { Kysely } from 'kysely';
import { ADMIN_ONLY_PERMISSIONS, checkRolePermissions, PERMISSION_LABELS, type RoleCode } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { invalidateRolePermissions } from '../../platform/auth/permissions.cache';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import type { RoleRow } from './role.repository';

/**
 * Sets a role's permissions (optimistic locking): only known permission keys, and the administrators' own
 * permissions only on their administrator role (三员分立). Signed-in users' permissions follow at once.
 */
export async function updateRole(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { code: string; permissions: string[]; version: number },
): Promise<RoleRow> {
  const unknown = input.permissions.filter((p) => !(p in PERMISSION_LABELS));
  if (unknown.length) throw new AppError('VALIDATION_FAILED', `未知的权限项：${unknown.join('、')}`);
  const misplaced = input.permissions.filter(
    (p) => ADMIN_ONLY_PERMISSIONS[p] && ADMIN_ONLY_PERMISSIONS[p] !== input.code,
  );
  if (misplaced.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      `三员分立：${misplaced.map((p) => PERMISSION_LABELS[p as keyof typeof PERMISSION_LABELS]).join('、')} 只能授予对应的管理员角色`,
    );
  }
  const separation = checkRolePermissions(input.code as RoleCode, input.permissions, PERMISSION_LABELS);
  if (separation) {
    throw new AppError('VALIDATION_FAILED', separation, [{ field: 'permissions', message: separation }]);
  }
  // Nobody widens the role they act with (the security admin granting itself business permissions).
  if (auth.roles.includes(input.code)) throw new AppError('CONFLICT', '不能修改本人所属角色的权限');
  const after = await db.transaction().execute(async (trx) => {
    const res = await updateVersioned<RoleRow>(trx, {
      table: 'role',
      key: 'code',
      id: input.code,
      version: input.version,
      set: { permissions: JSON.stringify([...new Set(input.permissions)].sort()) },
      what: '角色',
      userId: auth.userId,
    });
    await writeAudit(trx, actor, {
      action: 'role.update',
      objectType: 'role',
      objectId: input.code,
      before: res.before,
      after: res.after,
    });
    return res.after;
  });
  await invalidateRolePermissions(db);
  return after;
}
