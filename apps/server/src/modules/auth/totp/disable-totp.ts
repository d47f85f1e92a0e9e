import type { Kysely } from 'kysely';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { mustEnrolTotp } from '../../../platform/auth/totp-policy';
import { getSecurityPolicy } from '../../../platform/params/params.repository';
import { totpStepOf } from './totp-code';
import { acceptStep, deleteTotp, findTotp, openTotpSecret } from './totp.repository';

/**
 * Turns one's own two-step verification off, with a current code (so a session left open is not enough). An
 * administrator cannot while the security policy requires it.
 */
export async function disableTotp(db: Kysely<DB>, { auth, actor }: UseCaseContext, input: { code: string }) {
  const totp = await findTotp(db, auth.userId);
  if (!totp?.enrolled_at) throw new AppError('CONFLICT', '您尚未启用两步验证');
  if (mustEnrolTotp({ roles: auth.roles, totpEnrolled: false }, await getSecurityPolicy(db))) {
    throw new AppError('FORBIDDEN', '安全策略要求管理员账号必须启用两步验证，不能关闭；更换验证器请联系安全管理员重置');
  }
  const step = totpStepOf(openTotpSecret(totp), input.code);
  if (step === null) {
    throw new AppError('TOTP_INVALID', '验证码不正确，两步验证未关闭：请输入验证器当前显示的 6 位数字');
  }
  await db.transaction().execute(async (trx) => {
    if (!(await acceptStep(trx, auth.userId, step))) {
      throw new AppError('TOTP_INVALID', '该验证码已使用过，请等待验证器显示新的验证码');
    }
    await deleteTotp(trx, auth.userId);
    await writeAudit(trx, actor, {
      action: 'auth.totp.disable',
      objectType: 'user',
      objectId: auth.userId,
      regionCode: auth.regionCode,
    });
  });
}
