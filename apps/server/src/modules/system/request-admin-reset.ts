import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, forbidden } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { getIntParam } from '../../platform/params/params.repository';
import { hasPendingAdminReset } from './admin-reset.repository';
import { readUser } from './read-user';
import { isAdminAccount } from './system.policy';

/**
 * Asks for a reset of an administrator's password (issue 20): nothing changes on the account until a second
 * administrator approves; the request lapses after `security.admin_reset_expiry_hours`.
 */
export async function requestAdminReset(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { targetUserId: number; reason: string },
): Promise<number> {
  const target = await readUser(db, auth, input.targetUserId);
  if (!isAdminAccount(target.roles)) {
    throw new AppError('CONFLICT', '该账号不是管理员账号，请直接使用“重置密码”');
  }
  if (target.id === auth.userId) throw forbidden('不能为本人申请重置密码，请在个人中心修改密码');
  if (await hasPendingAdminReset(db, target.id)) {
    throw new AppError('CONFLICT', `账号 ${target.username} 已有待审批的重置申请，请等待审批或其过期后再提交`);
  }
  const hours = await getIntParam(db, 'security.admin_reset_expiry_hours');
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('admin_reset_request')
      .values({
        target_user_id: target.id,
        region_code: target.region_code,
        reason: input.reason,
        requested_by: auth.userId,
        expires_at: new Date(Date.now() + hours * 3_600_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'user.admin-reset.request',
      objectType: 'admin_reset_request',
      objectId: row.id,
      regionCode: target.region_code,
      details: { targetUserId: target.id, targetUsername: target.username, reason: input.reason },
    });
    return row.id;
  });
}
