import type { Kysely } from 'kysely';
import { checkPasswordStrength } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { hashPassword, verifyPassword } from '../../platform/auth/password';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { getSecurityPolicy } from '../../platform/params/params.repository';
import { findUser, savePassword } from './auth.repository';

/**
 * Changes the user's own password: the old one must be right, the new one different and as strong as the
 * security policy asks (each problem named). Stored with its audit row; the password itself never enters it.
 */
export async function changePassword(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { oldPassword: string; newPassword: string },
): Promise<void> {
  const user = await findUser(db, auth.userId);
  if (!(await verifyPassword(user.password_hash, input.oldPassword))) {
    throw new AppError('VALIDATION_FAILED', '原密码不正确', [{ field: 'oldPassword', message: '原密码不正确' }]);
  }
  if (input.oldPassword === input.newPassword) {
    throw new AppError('VALIDATION_FAILED', '新密码不能与原密码相同', [
      { field: 'newPassword', message: '新密码不能与原密码相同' },
    ]);
  }
  const problems = checkPasswordStrength(input.newPassword, user.username, (await getSecurityPolicy(db)).password);
  if (problems.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      problems.join('；'),
      problems.map((message) => ({ field: 'newPassword', message })),
    );
  }
  const hash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await savePassword(trx, auth.userId, hash);
    await writeAudit(trx, actor, {
      action: 'auth.change-password',
      objectType: 'user',
      objectId: auth.userId,
      regionCode: auth.regionCode,
    });
  });
}
