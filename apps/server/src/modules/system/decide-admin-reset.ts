import { sql, type Kysely, type Transaction } from 'kysely';
import { ADMIN_RESET_STATUS_LABELS, ROLE_LABELS, type RoleCode } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { hashPassword } from '../../platform/auth/password';
import { revokeUserSessions } from '../../platform/auth/session.store';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { AuthContext, UseCaseContext } from '../../platform/http/types';
import { notifyUser } from '../../platform/messages/notify';
import { activeAuditorIds, findAdminReset, type AdminResetRow } from './admin-reset.repository';
import { adminResetStatus } from './admin-reset.presenter';
import { oneTimePassword } from './one-time-password';
import { assertInAdminScope, assertMayDecideAdminReset } from './system.policy';

/** A request this administrator may decide now: in their region, not theirs to decide on, still pending. */
async function readDecidable(db: Kysely<DB>, auth: AuthContext, id: number): Promise<AdminResetRow> {
  const request = await findAdminReset(db, id);
  if (!request) throw notFound('重置申请');
  assertInAdminScope(auth, request.region_code);
  assertMayDecideAdminReset(auth, request);
  const status = adminResetStatus(request);
  if (status !== 'pending') {
    throw new AppError(
      'CONFLICT',
      `该申请${ADMIN_RESET_STATUS_LABELS[status]}，不能再审批；如仍需重置，请重新提交申请`,
    );
  }
  return request;
}

/** Closes a pending request; a concurrent decision or the deadline passing in between is a 409. */
async function close(
  trx: Transaction<DB>,
  auth: AuthContext,
  id: number,
  status: 'approved' | 'rejected',
  note: string | null,
): Promise<void> {
  const closed = await trx
    .updateTable('admin_reset_request')
    .set({ status, decided_by: auth.userId, decided_at: new Date(), decision_note: note })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('expires_at', '>', sql<Date>`now()`)
    .returning('id')
    .executeTakeFirst();
  if (!closed) throw new AppError('CONFLICT', '该申请已被处理或已过期，不能再审批');
}

const rolesText = (roles: readonly string[]) => roles.map((r) => ROLE_LABELS[r as RoleCode] ?? r).join('、');

/**
 * Approves an administrator's reset (issue 20): a one-time password nobody chose replaces the old one, to be changed
 * at sign-in; the account is unlocked and its sessions end; every auditor is told who asked, who approved, which
 * account. The password is answered once and stored only as its hash.
 */
export async function approveAdminReset(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
): Promise<{ username: string; oneTimePassword: string }> {
  const request = await readDecidable(db, auth, id);
  const code = oneTimePassword();
  const hash = await hashPassword(code);
  const account = `${request.target_display_name}（${request.target_username}，${rolesText(request.target_roles)}）`;
  await db.transaction().execute(async (trx) => {
    await close(trx, auth, id, 'approved', null);
    await trx
      .updateTable('app_user')
      .set((eb) => ({
        password_hash: hash,
        must_change_password: true,
        failed_count: 0,
        locked_until: null,
        version: eb('version', '+', 1),
        updated_at: new Date(),
        updated_by: auth.userId,
      }))
      .where('id', '=', request.target_user_id)
      .execute();
    await revokeUserSessions(trx, request.target_user_id, { by: auth.userId });
    for (const auditor of await activeAuditorIds(trx)) {
      await notifyUser(trx, auditor, {
        category: 'alert',
        title: `管理员账号 ${request.target_username} 的密码已被重置`,
        body:
          `${request.requested_by_name}申请、${auth.displayName}批准，重置了管理员账号 ${account} 的密码，` +
          `已发放一次性密码（须首次登录修改）。申请原因：${request.reason}`,
        link: '/audit/log',
      });
    }
    await writeAudit(trx, actor, {
      action: 'user.admin-reset.approve',
      objectType: 'user',
      objectId: request.target_user_id,
      regionCode: request.region_code,
      details: {
        requestId: request.id,
        targetUsername: request.target_username,
        requestedBy: request.requested_by,
        requestedByName: request.requested_by_name,
        approvedBy: auth.userId,
        approvedByName: auth.displayName,
        reason: request.reason,
      },
    });
  });
  return { username: request.target_username, oneTimePassword: code };
}

/** Refuses an administrator's reset: the account stays as it was. */
export async function rejectAdminReset(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  note: string | undefined,
): Promise<void> {
  const request = await readDecidable(db, auth, id);
  await db.transaction().execute(async (trx) => {
    await close(trx, auth, id, 'rejected', note || null);
    await writeAudit(trx, actor, {
      action: 'user.admin-reset.reject',
      objectType: 'admin_reset_request',
      objectId: request.id,
      regionCode: request.region_code,
      details: { targetUsername: request.target_username, note: note || null },
    });
  });
}
