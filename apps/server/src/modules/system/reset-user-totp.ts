import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { readUser } from './read-user';

/**
 * The security admin clears another account's two-step verification (a lost phone): its secret and recovery codes
 * go, and an administrator must set it up again at the next sign-in. Flagged in the audit trail, as it weakens a
 * sign-in; one's own cannot be reset this way (that would let a stolen password undo the second factor).
 */
export async function resetUserTotp(db: Kysely<DB>, { auth, actor }: UseCaseContext, id: number): Promise<void> {
  const user = await readUser(db, auth, id);
  if (user.id === auth.userId) {
    throw new AppError('FORBIDDEN', '不能重置本人的两步验证：请使用恢复码登录，或由另一位安全管理员重置');
  }
  const totp = await db.selectFrom('user_totp').select('enrolled_at').where('user_id', '=', id).executeTakeFirst();
  if (!totp) throw new AppError('CONFLICT', `用户“${user.display_name}”未设置两步验证，无需重置`);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('user_totp_recovery_code').where('user_id', '=', id).execute();
    await trx.deleteFrom('user_totp').where('user_id', '=', id).execute();
    await writeAudit(trx, actor, {
      action: 'user.totp-reset',
      objectType: 'user',
      objectId: id,
      regionCode: user.region_code,
      before: { enrolled_at: totp.enrolled_at },
      details: { flagged: true, username: user.username },
    });
  });
}
