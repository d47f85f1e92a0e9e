import {
  ZChangePasswordRequest,
  ZLoginRequest,
  ZLoginResponse,
  ZMeResponse,
  ZOk,
  ZPasswordPolicy,
} from '@kechuang/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../platform/auth/session.store';
import { AppError } from '../../platform/errors';
import { failureLimiter } from '../../platform/http/rate-limit';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { getSecurityPolicy } from '../../platform/params/params.repository';
import { changePassword, isWrongOldPassword } from './change-password';
import { readCurrentUser } from './read-current-user';
import { signIn } from './sign-in';
import { signOut } from './sign-out';
import { totpRoutes } from './totp/totp.routes';

const tags = ['认证'];

/** The refusals that mean a wrong password (sign-in, or the old password of a change). */
const isWrongPassword = (e: unknown) =>
  e instanceof AppError &&
  (e.code === 'INVALID_CREDENTIALS' ||
    e.code === 'TOTP_INVALID' ||
    e.code === 'ACCOUNT_LOCKED' ||
    isWrongOldPassword(e));

/** Sign-in (and its TOTP step), sign-out, the current user, changing one's own password, two-step verification. */
export async function authRoutes(app: App): Promise<void> {
  // Wrong passwords from one address pause its sign-ins and password changes (docs/rules.md §6.1); the account's
  // own lockout is counted in the use case.
  const policy = () => getSecurityPolicy(app.db);
  const failuresFromAddress = failureLimiter(app, {
    what: '登录或修改密码',
    key: (req) => `failures-from:${req.ip}`,
    max: async () => (await policy()).failuresPerAddress,
    windowMs: async () => (await policy()).failureWindowMinutes * 60_000,
  });
  const countingFailures = async <T>(req: FastifyRequest, run: () => Promise<T>): Promise<T> => {
    await failuresFromAddress.check(req);
    try {
      return await run();
    } catch (e) {
      if (isWrongPassword(e)) await failuresFromAddress.count(req);
      throw e;
    }
  };

  const setSessionCookie = (req: FastifyRequest, reply: FastifyReply, s: { token: string }) => {
    // Secure whenever the request came over HTTPS (directly, or through a trusted proxy that says so).
    const secure = app.secureCookies || req.protocol === 'https';
    reply.setCookie(SESSION_COOKIE, s.token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
  };

  app.post('/auth/login', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: '用户名密码登录：设置会话 Cookie，返回 CSRF 令牌',
      body: ZLoginRequest,
      response: { 200: ZLoginResponse },
    },
    handler: async (req, reply) => {
      const answer = await countingFailures(req, () =>
        signIn(app.db, { ...req.body, ip: req.ip, userAgent: req.headers['user-agent'] ?? null, requestId: req.id }),
      );
      if ('secondFactor' in answer) return answer;
      setSessionCookie(req, reply, answer);
      return { csrfToken: answer.csrfToken, user: answer.user };
    },
  });
  await totpRoutes(app, { countingFailures, setSessionCookie });

  app.post('/auth/logout', {
    config: { access: 'signed-in', duringPasswordChange: true, duringTotpEnrolment: true },
    schema: { tags, summary: '退出登录', response: { 200: ZOk } },
    handler: async (req, reply) => {
      await signOut(app.db, contextOf(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });

  app.get('/auth/me', {
    config: { access: 'signed-in', duringPasswordChange: true, duringTotpEnrolment: true },
    schema: { tags, summary: '当前用户、权限与菜单', response: { 200: ZMeResponse } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      return { csrfToken: auth.csrfToken, user: await readCurrentUser(app.db, auth) };
    },
  });

  app.get('/auth/password-policy', {
    config: { access: 'signed-in', duringPasswordChange: true, duringTotpEnrolment: true },
    schema: { tags, summary: '密码规则（修改密码前展示）', response: { 200: ZPasswordPolicy } },
    handler: async () => (await getSecurityPolicy(app.db)).password,
  });

  app.post('/auth/change-password', {
    config: { access: 'signed-in', duringPasswordChange: true, duringTotpEnrolment: true, changesSessions: true },
    schema: {
      tags,
      summary: '修改本人密码（首次登录必须修改初始密码）',
      body: ZChangePasswordRequest,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await countingFailures(req, () => changePassword(app.db, contextOf(req), req.body));
      return { ok: true as const };
    },
  });
}
