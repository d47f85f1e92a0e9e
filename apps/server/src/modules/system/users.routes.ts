import { z } from 'zod';
import {
  ZCreateUserRequest,
  ZGrantRolesRequest,
  ZIdParam,
  ZOk,
  ZResetPasswordRequest,
  ZUpdateUserRequest,
  ZUser,
  ZUserListQuery,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createUser } from './create-user';
import { grantUserRoles } from './grant-user-roles';
import { resetUserPassword } from './reset-user-password';
import { resetUserTotp } from './reset-user-totp';
import { adminScope } from './system.policy';
import { unlockUser } from './unlock-user';
import { updateUser } from './update-user';
import { presentUser } from './user.presenter';
import { listUsers } from './user.repository';
import { viewUser } from './view-user';

const tags = ['用户管理'];

/** 用户管理: the system admin creates and edits accounts; the security admin grants roles and unlocks. */
export async function userRoutes(app: App): Promise<void> {
  app.get('/users', {
    config: { access: 'system:user:list' },
    schema: { tags, summary: '用户列表（按管辖区划）', querystring: ZUserListQuery, response: { 200: zPage(ZUser) } },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = adminScope(requireAuth(req.auth));
      const { rows, total } = await listUsers(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentUser), total, success: true as const };
    },
  });

  app.get('/users/:id', {
    config: { access: 'system:user:update' },
    schema: {
      tags,
      summary: '用户详情（含完整手机号，用于编辑；查看留痕）',
      params: ZIdParam,
      response: { 200: ZUser },
    },
    handler: async (req) => {
      const user = await viewUser(app.db, contextOf(req), req.params.id);
      return { ...presentUser(user), phone: user.phone };
    },
  });

  app.post('/users', {
    config: { access: 'system:user:create', changesSessions: true },
    schema: {
      tags,
      summary: '新增用户（须首次登录修改密码；角色由安全管理员授予）',
      body: ZCreateUserRequest,
      response: { 200: ZUser },
    },
    handler: async (req) => presentUser(await createUser(app.db, contextOf(req), req.body)),
  });

  app.put('/users/:id', {
    config: { access: 'system:user:update', changesSessions: true },
    schema: {
      tags,
      summary: '修改用户资料或停用/启用',
      params: ZIdParam,
      body: ZUpdateUserRequest,
      response: { 200: ZUser },
    },
    handler: async (req) => presentUser(await updateUser(app.db, contextOf(req), { id: req.params.id, ...req.body })),
  });

  app.post('/users/:id/reset-password', {
    config: { access: 'system:user:reset-password', changesSessions: true },
    schema: {
      tags,
      summary: '重置密码（用户下次登录须修改）',
      params: ZIdParam,
      body: ZResetPasswordRequest,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await resetUserPassword(app.db, contextOf(req), { id: req.params.id, ...req.body });
      return { ok: true as const };
    },
  });

  app.put('/users/:id/roles', {
    config: { access: 'security:role:grant', changesSessions: true },
    schema: {
      tags,
      summary: '授予角色（三员分立：管理员角色互斥，且不兼任业务角色）',
      params: ZIdParam,
      body: ZGrantRolesRequest,
      response: { 200: ZUser },
    },
    handler: async (req) =>
      presentUser(await grantUserRoles(app.db, contextOf(req), { id: req.params.id, ...req.body })),
  });

  app.post('/users/:id/unlock', {
    config: { access: 'security:user:unlock', changesSessions: true },
    schema: { tags, summary: '解锁账号', params: ZIdParam, body: z.object({}).optional(), response: { 200: ZOk } },
    handler: async (req) => {
      await unlockUser(app.db, contextOf(req), req.params.id);
      return { ok: true as const };
    },
  });

  app.post('/users/:id/totp/reset', {
    config: { access: 'security:user:totp-reset', changesSessions: true },
    schema: {
      tags,
      summary: '重置用户的两步验证（丢失手机时；管理员须在下次登录时重新设置）',
      params: ZIdParam,
      body: z.object({}).optional(),
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await resetUserTotp(app.db, contextOf(req), req.params.id);
      return { ok: true as const };
    },
  });
}
