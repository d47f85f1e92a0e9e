import { z } from 'zod';

export const ZLoginRequest = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(128),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZMenuItem: z.ZodType<{
  key: string;
  path: string;
  label: string;
  labelEn: string;
  children?: unknown[];
}> = z.lazy(() =>
  z.object({
    key: z.string(),
    path: z.string(),
    label: z.string(),
    labelEn: z.string(),
    children: z.array(ZMenuItem).optional(),
  }),
);

export const ZCurrentUser = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  regionCode: z.string(),
  regionName: z.string(),
  /** Rows whose region code starts with this prefix are in the user's scope (county: its code; city: 4 digits; province: 2). */
  scopePrefix: z.string(),
  enterpriseId: z.number().int().nullable(),
  mustChangePassword: z.boolean(),
  /** Two-step verification (TOTP) is set up for this account. */
  totpEnrolled: z.boolean(),
  /** An administrator who must set up two-step verification before anything else (security policy). */
  mustEnrolTotp: z.boolean(),
  menu: z.array(ZMenuItem),
});
export type TCurrentUser = z.infer<typeof ZCurrentUser>;

export const ZSignedIn = z.object({ csrfToken: z.string(), user: ZCurrentUser });
/** The password was right and the account has two-step verification: the code comes next, with this challenge. */
export const ZSecondFactorNeeded = z.object({ secondFactor: z.literal('totp'), challenge: z.string() });
export const ZLoginResponse = z.union([ZSignedIn, ZSecondFactorNeeded]);
export type TLoginResponse = z.infer<typeof ZLoginResponse>;
export const ZMeResponse = z.object({ csrfToken: z.string(), user: ZCurrentUser });

export const ZChangePasswordRequest = z.object({
  oldPassword: z.string().min(1, '请输入原密码'),
  newPassword: z.string().min(1, '请输入新密码').max(128),
});

/** The password rules a user must meet (shown before typing a new password). */
export const ZPasswordPolicy = z.object({
  minLength: z.number().int(),
  minClasses: z.number().int(),
  forbidUsername: z.boolean(),
});
