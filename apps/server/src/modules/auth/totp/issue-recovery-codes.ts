import type { Kysely } from 'kysely';
import type { TTotpRecoveryCodes } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { newRecoveryCodes } from './totp-code';
import { acceptStep, replaceRecoveryCodes } from './totp.repository';

/**
 * Takes a checked code's time-step (refused if already used) and gives the account ten new recovery codes in place of
 * its old ones, audited as `action`, in one transaction; `enrol` also puts two-step verification in force. The codes
 * are answered this once (only their digests are kept).
 */
export async function issueRecoveryCodes(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  step: number,
  o: { action: 'auth.totp.enrol' | 'auth.totp.recovery-codes'; enrol: boolean },
): Promise<TTotpRecoveryCodes> {
  const recoveryCodes = newRecoveryCodes();
  await db.transaction().execute(async (trx) => {
    if (!(await acceptStep(trx, auth.userId, step, o.enrol))) {
      throw new AppError('TOTP_INVALID', '该验证码已使用过，请等待验证器显示新的验证码');
    }
    await replaceRecoveryCodes(trx, auth.userId, recoveryCodes);
    await writeAudit(trx, actor, {
      action: o.action,
      objectType: 'user',
      objectId: auth.userId,
      regionCode: auth.regionCode,
      details: { recoveryCodes: recoveryCodes.length },
    });
  });
  return { recoveryCodes };
}
