import type { Kysely } from 'kysely';
import type { TTotpEnrolment } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { newTotpSecret, TOTP_ISSUER, totpUri } from './totp-code';
import { findTotp, savePendingSecret } from './totp.repository';

/**
 * Starts setting up two-step verification: a new secret, kept sealed and not in force until a code confirms it;
 * answers the otpauth:// link for the QR code and the secret for typing in by hand (shown this once).
 */
export async function startTotpEnrolment(db: Kysely<DB>, { auth, actor }: UseCaseContext): Promise<TTotpEnrolment> {
  if ((await findTotp(db, auth.userId))?.enrolled_at) {
    throw new AppError('CONFLICT', '两步验证已启用；如需更换验证器，请先关闭两步验证（管理员请联系安全管理员重置）');
  }
  const secret = newTotpSecret();
  await db.transaction().execute(async (trx) => {
    await savePendingSecret(trx, auth.userId, secret);
    await writeAudit(trx, actor, {
      action: 'auth.totp.enrol-start',
      objectType: 'user',
      objectId: auth.userId,
      regionCode: auth.regionCode,
    });
  });
  return { uri: totpUri(secret, auth.username), secret, issuer: TOTP_ISSUER, account: auth.username };
}
