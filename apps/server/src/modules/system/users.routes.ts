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
  checkPasswordStrength,
  checkRoleSeparation,
  zPage,
  type RoleCode,
} from '@kechuang/domain';
import { writeAudit, writeAuditAlone } from '../../platform/audit/audit.writer';
import { hashPassword } from '../../platform/auth/password';
import { inScope } from '../../platform/auth/region-scope';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound, outOfScope } from '../../platform/errors';
import { actorOf, requireAuth, type App, type AuthContext } from '../../platform/http/types';
import { getSecurityPolicy } from '../../platform/params/params.repository';
import { findUser, listUsers, presentUser } from './user.repository';

const tags = ['用户管理'];

async function userInScope(app: App, auth: AuthContext, id: number) {
  const user = await findUser(app.db, id);
  if (!user) throw notFound('用户');
  if (!inScope(auth.scopePrefix, user.region_code)) throw outOfScope();
  return user;
}

async function assertPasswordOk(app: App, password: string, username: string, field: string) {
  const problems = checkPasswordStrength(password, username, (await getSecurityPolicy(app.db)).password);
  if (problems.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      problems.join('；'),
      problems.map((message) => ({ field, message })),
    );
  }
}

/** 用户管理: the system admin creates and edits accounts; the security admin grants roles and unlocks. */
export async function userRoutes(app: App): Promise<void> {
  app.get('/users', {
    config: { access: 'system:user:list' },
    schema: { tags, summary: '用户列表（按管辖区划）', querystring: ZUserListQuery, response: { 200: zPage(ZUser) } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const { current, pageSize, ...filter } = req.query;
      const { rows, total } = await listUsers(
        app.db,
        { ...filter, scopePrefix: auth.scopePrefix },
        { current, pageSize },
      );
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
      const user = await userInScope(app, requireAuth(req.auth), req.params.id);
      await writeAuditAlone(app.db, actorOf(req), {
        action: 'user.view',
        objectType: 'user',
        objectId: user.id,
        regionCode: user.region_code,
      });
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
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const b = req.body;
      if (!inScope(auth.scopePrefix, b.regionCode)) throw outOfScope();
      const region = await app.db
        .selectFrom('region')
        .select('code')
        .where('code', '=', b.regionCode)
        .executeTakeFirst();
      if (!region) {
        throw new AppError('VALIDATION_FAILED', '所属区划不存在', [{ field: 'regionCode', message: '所属区划不存在' }]);
      }
      await assertPasswordOk(app, b.initialPassword, b.username, 'initialPassword');
      const taken = await app.db
        .selectFrom('app_user')
        .select('id')
        .where((eb) => eb(eb.fn('lower', ['username']), '=', b.username.toLowerCase()))
        .executeTakeFirst();
      if (taken) {
        throw new AppError('CONFLICT', `用户名“${b.username}”已被使用`, [
          { field: 'username', message: '用户名已被使用' },
        ]);
      }
      const hash = await hashPassword(b.initialPassword);
      const id = await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('app_user')
          .values({
            username: b.username,
            display_name: b.displayName,
            phone: b.phone ?? null,
            password_hash: hash,
            enterprise_id: b.enterpriseId ?? null,
            region_code: b.regionCode,
            must_change_password: true,
            created_by: auth.userId,
            updated_by: auth.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await writeAudit(trx, actorOf(req), {
          action: 'user.create',
          objectType: 'user',
          objectId: row.id,
          regionCode: row.region_code,
          after: row,
        });
        return row.id;
      });
      return presentUser((await findUser(app.db, id))!);
    },
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
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      await userInScope(app, auth, req.params.id);
      const { version, displayName, phone, regionCode, status } = req.body;
      if (regionCode && !inScope(auth.scopePrefix, regionCode)) throw outOfScope();
      if (status === 'disabled' && req.params.id === auth.userId) throw new AppError('CONFLICT', '不能停用自己的账号');
      await app.db.transaction().execute(async (trx) => {
        const { before, after } = await updateVersioned(trx, {
          table: 'app_user',
          key: 'id',
          id: req.params.id,
          version,
          set: { display_name: displayName, phone, region_code: regionCode, status },
          what: '用户',
          userId: auth.userId,
        });
        if (status === 'disabled') {
          await trx
            .updateTable('user_session')
            .set({ revoked_at: new Date(), revoked_by: auth.userId })
            .where('user_id', '=', req.params.id)
            .where('revoked_at', 'is', null)
            .execute();
        }
        await writeAudit(trx, actorOf(req), {
          action: 'user.update',
          objectType: 'user',
          objectId: req.params.id,
          regionCode: String(after.region_code),
          before,
          after,
        });
      });
      return presentUser((await findUser(app.db, req.params.id))!);
    },
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
      const auth = requireAuth(req.auth);
      const user = await userInScope(app, auth, req.params.id);
      await assertPasswordOk(app, req.body.newPassword, user.username, 'newPassword');
      const hash = await hashPassword(req.body.newPassword);
      await app.db.transaction().execute(async (trx) => {
        await updateVersioned(trx, {
          table: 'app_user',
          key: 'id',
          id: req.params.id,
          version: req.body.version,
          set: { password_hash: hash, must_change_password: true, failed_count: 0, locked_until: null },
          what: '用户',
          userId: auth.userId,
        });
        await writeAudit(trx, actorOf(req), {
          action: 'user.reset-password',
          objectType: 'user',
          objectId: req.params.id,
          regionCode: user.region_code,
        });
      });
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
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const user = await userInScope(app, auth, req.params.id);
      const roles = [...new Set(req.body.roles)] as RoleCode[];
      const separation = checkRoleSeparation(roles);
      if (separation) throw new AppError('VALIDATION_FAILED', separation, [{ field: 'roles', message: separation }]);
      if (roles.includes('enterprise') && !user.enterprise_id) {
        throw new AppError('VALIDATION_FAILED', '企业用户须先关联所属企业', [
          { field: 'roles', message: '企业用户须先关联所属企业' },
        ]);
      }
      if (req.params.id === auth.userId) throw new AppError('CONFLICT', '不能修改自己的角色');
      await app.db.transaction().execute(async (trx) => {
        // Bumping the version makes a concurrent grant on the same user fail with 409.
        await updateVersioned(trx, {
          table: 'app_user',
          key: 'id',
          id: req.params.id,
          version: req.body.version,
          set: {},
          what: '用户',
          userId: auth.userId,
        });
        await trx.deleteFrom('user_role').where('user_id', '=', req.params.id).execute();
        if (roles.length) {
          await trx
            .insertInto('user_role')
            .values(roles.map((role_code) => ({ user_id: req.params.id, role_code })))
            .execute();
        }
        await writeAudit(trx, actorOf(req), {
          action: 'user.grant-roles',
          objectType: 'user',
          objectId: req.params.id,
          regionCode: user.region_code,
          before: { roles: user.roles },
          after: { roles },
        });
      });
      return presentUser((await findUser(app.db, req.params.id))!);
    },
  });

  app.post('/users/:id/unlock', {
    config: { access: 'security:user:unlock', changesSessions: true },
    schema: { tags, summary: '解锁账号', params: ZIdParam, body: z.object({}).optional(), response: { 200: ZOk } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const user = await userInScope(app, auth, req.params.id);
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('app_user')
          .set({ failed_count: 0, locked_until: null })
          .where('id', '=', user.id)
          .execute();
        await writeAudit(trx, actorOf(req), {
          action: 'user.unlock',
          objectType: 'user',
          objectId: user.id,
          regionCode: user.region_code,
          before: { locked_until: user.locked_until },
        });
      });
      return { ok: true as const };
    },
  });
}
