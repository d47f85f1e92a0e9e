import { z } from 'zod';

/** A 6-digit code from the authenticator app, or a one-time recovery code (`xxxxx-xxxxx`). */
const ZTotpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, '请输入验证器显示的 6 位数字验证码');
const ZRecoveryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/, '恢复码格式不正确（形如 ABCDE-12345）');

/** The second step of a sign-in: the challenge the password step answered, and a code or a recovery code. */
export const ZTotpLoginRequest = z
  .object({
    challenge: z.string().min(1, '缺少登录验证，请重新输入用户名和密码').max(100),
    code: ZTotpCode.optional(),
    recoveryCode: ZRecoveryCode.optional(),
  })
  .refine((b) => (b.code === undefined) !== (b.recoveryCode === undefined), {
    message: '请输入 6 位动态验证码或一个恢复码（二者选一）',
    path: ['code'],
  });
export type TTotpLoginRequest = z.infer<typeof ZTotpLoginRequest>;

/** One's own two-step verification: set up or not, since when, recovery codes left, and whether one may turn it off. */
export const ZTotpStatus = z.object({
  enrolled: z.boolean(),
  enrolledAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
  /** An administrator under the security policy cannot turn it off. */
  required: z.boolean(),
});
export type TTotpStatus = z.infer<typeof ZTotpStatus>;

/** A started enrolment: the otpauth:// link for the QR code and the secret for manual entry, shown once. */
export const ZTotpEnrolment = z.object({
  uri: z.string(),
  secret: z.string(),
  issuer: z.string(),
  account: z.string(),
});
export type TTotpEnrolment = z.infer<typeof ZTotpEnrolment>;

export const ZTotpCodeRequest = z.object({ code: ZTotpCode });

/** The recovery codes, shown once after the enrolment is confirmed. */
export const ZTotpRecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type TTotpRecoveryCodes = z.infer<typeof ZTotpRecoveryCodes>;
