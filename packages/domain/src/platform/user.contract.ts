import { z } from 'zod';
import { ROLE_CODES } from './roles';
import { ZPageQuery } from './common.contract';

export const ZRoleCode = z.enum(ROLE_CODES);

export const ZUser = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  enterpriseId: z.number().int().nullable(),
  roles: z.array(z.string()),
  status: z.enum(['active', 'disabled']),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Two-step verification (TOTP) is set up. */
  totpEnrolled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZUserListQuery = ZPageQuery.extend({
  username: z.string().trim().optional(),
  displayName: z.string().trim().optional(),
  status: z.enum(['active', 'disabled']).optional(),
  role: ZRoleCode.optional(),
});

const username = z
  .string()
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, '用户名须以字母开头，3–32 位字母、数字、下划线、点或短横线');
const phone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '手机号格式不正确')
  .nullable()
  .optional();

export const ZCreateUserRequest = z.object({
  username,
  displayName: z.string().trim().min(2, '姓名至少 2 个字').max(30, '姓名最多 30 个字'),
  phone,
  regionCode: z.string().regex(/^\d{6}$/, '请选择所属区划'),
  enterpriseId: z.number().int().positive().nullable().optional(),
  initialPassword: z.string().min(1, '请设置初始密码').max(128),
});

export const ZUpdateUserRequest = z.object({
  version: z.number().int().min(1),
  displayName: z.string().trim().min(2, '姓名至少 2 个字').max(30, '姓名最多 30 个字').optional(),
  phone,
  regionCode: z
    .string()
    .regex(/^\d{6}$/, '请选择所属区划')
    .optional(),
  status: z.enum(['active', 'disabled']).optional(),
});

export const ZGrantRolesRequest = z.object({ version: z.number().int().min(1), roles: z.array(ZRoleCode) });
export const ZResetPasswordRequest = z.object({
  version: z.number().int().min(1),
  newPassword: z.string().min(1).max(128),
});

export const ZRole = z.object({
  code: z.string(),
  name: z.string(),
  permissions: z.array(z.string()),
  dataScope: z.enum(['region', 'own-enterprise', 'assigned', 'none']),
  version: z.number().int(),
});
export type TRole = z.infer<typeof ZRole>;
export const ZUpdateRoleRequest = z.object({ version: z.number().int().min(1), permissions: z.array(z.string()) });
