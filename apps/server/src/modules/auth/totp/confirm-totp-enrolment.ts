import type { Kysely } from 'kysely';
import type { TTotpRecoveryCodes } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { issueRecoveryCodes } from './issue-recovery-codes';
import { totpStepOf } from './totp-code';
import { findTotp, openTotpSecret } from './totp.repository';

/**
 * Confirms a started enrolment with a code from the authenticator app: two-step verification is then in force and
 * the ten one-time recovery codes are answered, this once (only their digests are kept).
 */
export async function confirmTotpEnrolment(
  db: Kysely<DB>,
  ctx: UseCaseContext,
  input: { code: string },
): Promise<TTotpRecoveryCodes> {
  const { auth } = ctx;
  const totp = await findTotp(db, auth.userId);
  if (!totp) throw new AppError('VALIDATION_FAILED', '请先点击“开始设置”，用验证器扫描二维码后再输入验证码');
  if (totp.enrolled_at) throw new AppError('CONFLICT', '两步验证已启用，无需再次确认');
  const step = totpStepOf(openTotpSecret(totp), input.code);
  if (step === null) {
    throw new AppError('TOTP_INVALID', '验证码不正确：请输入验证器中“科创平台”当前显示的 6 位数字，并确认手机时间准确');
  }
  return issueRecoveryCodes(db, ctx, step, { action: 'auth.totp.enrol', enrol: true });
}
