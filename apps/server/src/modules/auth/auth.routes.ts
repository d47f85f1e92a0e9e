import {
  ZChangePasswordRequest,
  ZLoginRequest,
  ZLoginResponse,
  ZMeResponse,
  ZOk,
  ZPasswordPolicy,
  checkPasswordStrength,
} from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { hashPassword, verifyPassword } from '../../platform/auth/password';
import { findSession, revokeSession, SESSION_COOKIE } from '../../platform/auth/session.store';
import { AppError } from '../../platform/errors';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import { getSecurityPolicy } from '../../platform/params/params.repository';
import { presentCurrentUser } from './current-user.presenter';
import { signIn } from './sign-in';
import { regionScopePrefix } from '../../platform/auth/region-scope';
import { permissionsOf } from '../../platform/auth/permissions.cache';

const tags = ['认证'];

/** Sign-in, sign-out, the current user, and changing one's own password. */
export async function authRoutes(app: App): Promise<void> {
  app.post('/auth/login', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: '用户名密码登录：设置会话 Cookie，返回 CSRF 令牌',
      body: ZLoginRequest,
      response: { 200: ZLoginResponse },
    },
    handler: async (req, reply) => {
      const { token, csrfToken } = await signIn(app.db, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
      });
      reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: app.secureCookies });
      const s = await findSession(app.db, token);
      if (!s) throw new AppError('INTERNAL', '会话创建失败');
      const auth = {
        ...s,
        scopePrefix: regionScopePrefix(s.regionCode),
        permissions: await permissionsOf(app.db, s.roles),
      };
      return { csrfToken, user: await presentCurrentUser(app.db, auth) };
    },
  });

  app.post('/auth/logout', {
    config: { access: 'signed-in', duringPasswordChange: true },
    schema: { tags, summary: '退出登录', response: { 200: ZOk } },
    handler: async (req, reply) => {
      const auth = requireAuth(req.auth);
      await app.db.transaction().execute(async (trx) => {
        await revokeSession(trx, auth.sessionId, auth.userId);
        await writeAudit(trx, actorOf(req), {
          action: 'auth.logout',
          objectType: 'user',
          objectId: auth.userId,
          regionCode: auth.regionCode,
        });
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });

  app.get('/auth/me', {
    config: { access: 'signed-in', duringPasswordChange: true },
    schema: { tags, summary: '当前用户、权限与菜单', response: { 200: ZMeResponse } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      return { csrfToken: auth.csrfToken, user: await presentCurrentUser(app.db, auth) };
    },
  });

  app.get('/auth/password-policy', {
    config: { access: 'signed-in', duringPasswordChange: true },
    schema: { tags, summary: '密码规则（修改密码前展示）', response: { 200: ZPasswordPolicy } },
    handler: async () => (await getSecurityPolicy(app.db)).password,
  });

  app.post('/auth/change-password', {
    config: { access: 'signed-in', duringPasswordChange: true, changesSessions: true },
    schema: {
      tags,
      summary: '修改本人密码（首次登录必须修改初始密码）',
      body: ZChangePasswordRequest,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const user = await app.db
        .selectFrom('app_user')
        .selectAll()
        .where('id', '=', auth.userId)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(user.password_hash, req.body.oldPassword))) {
        throw new AppError('VALIDATION_FAILED', '原密码不正确', [{ field: 'oldPassword', message: '原密码不正确' }]);
      }
      if (req.body.oldPassword === req.body.newPassword) {
        throw new AppError('VALIDATION_FAILED', '新密码不能与原密码相同', [
          { field: 'newPassword', message: '新密码不能与原密码相同' },
        ]);
      }
      const problems = checkPasswordStrength(
        req.body.newPassword,
        user.username,
        (await getSecurityPolicy(app.db)).password,
      );
      if (problems.length) {
        throw new AppError(
          'VALIDATION_FAILED',
          problems.join('；'),
          problems.map((message) => ({ field: 'newPassword', message })),
        );
      }
      const hash = await hashPassword(req.body.newPassword);
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('app_user')
          .set((eb) => ({
            password_hash: hash,
            must_change_password: false,
            password_changed_at: new Date(),
            updated_at: new Date(),
            updated_by: auth.userId,
            version: eb('version', '+', 1),
          }))
          .where('id', '=', auth.userId)
          .execute();
        await writeAudit(trx, actorOf(req), {
          action: 'auth.change-password',
          objectType: 'user',
          objectId: auth.userId,
          regionCode: auth.regionCode,
        });
      });
      return { ok: true as const };
    },
  });
}
