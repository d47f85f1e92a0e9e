import type { Kysely } from 'kysely';
import type { TTotpRecoveryCodes } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { issueRecoveryCodes } from './issue-recovery-codes';
import { totpStepOf } from './totp-code';
import { findTotp, openTotpSecret } from './totp.repository';

/**
 * Replaces one's recovery codes with ten new ones (the old ones stop working), with a current code; answered this
 * once. For codes used up or lost, and for the demo administrators, who start without any.
 */
export async function renewRecoveryCodes(
  db: Kysely<DB>,
  ctx: UseCaseContext,
  input: { code: string },
): Promise<TTotpRecoveryCodes> {
  const { auth } = ctx;
  const totp = await findTotp(db, auth.userId);
  if (!totp?.enrolled_at) throw new AppError('CONFLICT', '您尚未启用两步验证，请先完成设置');
  const step = totpStepOf(openTotpSecret(totp), input.code);
  if (step === null) throw new AppError('TOTP_INVALID', '验证码不正确，恢复码未更换：请输入验证器当前显示的 6 位数字');
  return issueRecoveryCodes(db, ctx, step, { action: 'auth.totp.recovery-codes', enrol: false });
}
