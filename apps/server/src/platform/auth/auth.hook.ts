import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors';
import { getSecurityPolicy } from '../params/params.repository';
import type { App } from '../http/types';
import { permissionsOf } from './permissions.cache';
import { mustEnrolTotp } from './totp-policy';
import { ADMIN_ROLES, PERMISSIONS, type RoleCode } from '@kechuang/domain';
import { regionScopePrefix, writeScopePrefix } from './region-scope';
import { cachedSession, invalidateSessionCache, rememberSession, sessionCacheGeneration } from './session.cache';
import { findSession, revokeSession, SESSION_COOKIE, sha256, touchSession } from './session.store';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Writing last_seen_at on every request would cost a write per read; a minute is fine for a 30-minute idle rule.
const TOUCH_EVERY_MS = 60_000;

/** Resolves the session, checks CSRF, the forced password change and the route's permission. */
export function registerAuthHook(app: App): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    const config = req.routeOptions.config;
    const access = config?.access;
    // The API document names every route and field: it is for signed-in users (and scripts with a session).
    if (req.url.startsWith('/api/docs')) {
      const token = req.cookies?.[SESSION_COOKIE];
      req.auth = token ? await resolveSession(app, req, token, false) : null;
      if (!req.auth) throw new AppError('UNAUTHENTICATED', '请先登录后查看接口文档');
      return;
    }
    if (!req.url.startsWith('/api/v1/')) return;
    if (access === undefined) throw new AppError('NOT_FOUND', '接口不存在');
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) req.auth = await resolveSession(app, req, token, access !== 'public');
    if (access === 'public') return;
    if (!req.auth) throw new AppError('UNAUTHENTICATED', '请先登录');
    if (!SAFE_METHODS.has(req.method) && !sameToken(req.headers['x-csrf-token'], req.auth.csrfToken)) {
      throw new AppError('CSRF_INVALID', '请求缺少有效的 CSRF 令牌，请刷新页面后重试');
    }
    if (req.auth.mustChangePassword && !config.duringPasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', '首次登录须先修改初始密码');
    }
    if (req.auth.mustEnrolTotp && !config.duringTotpEnrolment) {
      throw new AppError('TOTP_ENROLMENT_REQUIRED', '管理员账号须先设置两步验证（动态验证码），完成后才能继续操作');
    }
    if (access !== 'signed-in' && !req.auth.permissions.has(access)) {
      throw new AppError('FORBIDDEN', '您没有执行该操作的权限');
    }
  });
  // After an account change commits, no cached session may outlive it (disable, roles, region, password).
  // Only routes flagged changesSessions empty the cache: emptying it after every write made each write
  // re-read its session (FINDINGS F3.1). Revocations empty it themselves (revokeSession).
  app.addHook('onResponse', async (req: FastifyRequest) => {
    if (req.routeOptions.config?.changesSessions) await invalidateSessionCache(app.db);
  });
}

async function resolveSession(app: App, req: FastifyRequest, token: string, required: boolean) {
  const tokenHash = sha256(token);
  let s = cachedSession(tokenHash);
  if (!s) {
    const generation = sessionCacheGeneration();
    s = await findSession(app.db, token);
    if (s) rememberSession(tokenHash, s, generation);
  }
  if (!s) {
    if (required) throw new AppError('SESSION_EXPIRED', '登录已失效，请重新登录');
    return null;
  }
  const policy = await getSecurityPolicy(app.db);
  const now = Date.now();
  const idle = now - s.lastSeenAt.getTime() > policy.idleTimeoutMinutes * 60_000;
  if (idle || now > s.expiresAt.getTime() || s.status !== 'active') {
    await revokeSession(app.db, s.sessionId, null);
    if (!required) return null;
    throw new AppError(
      'SESSION_EXPIRED',
      s.status !== 'active' ? '账号已停用，请联系管理员' : '长时间未操作，会话已超时，请重新登录',
    );
  }
  if (now - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await touchSession(app.db, s.sessionId);
    s.lastSeenAt = new Date(now); // the cached copy too, so the next requests do not touch again
  }
  const permissions = await permissionsOf(app.db, s.roles);
  const readPrefix = regionScopePrefix(s.regionCode);
  // A city's or province's staff change only their own region's rows; their counties' records are read-only to them.
  const mayWriteBelow =
    SAFE_METHODS.has(req.method) ||
    !!req.routeOptions.config?.regionWide ||
    permissions.has(PERMISSIONS.regionBelowWrite) ||
    s.roles.some((r) => ADMIN_ROLES.includes(r as RoleCode));
  const scopePrefix = writeScopePrefix(s.regionCode, mayWriteBelow);
  return {
    sessionId: s.sessionId,
    csrfToken: s.csrfToken,
    userId: s.userId,
    username: s.username,
    displayName: s.displayName,
    regionCode: s.regionCode,
    scopePrefix,
    ...(scopePrefix !== readPrefix ? { readOnlyPrefix: readPrefix } : {}),
    enterpriseId: s.enterpriseId,
    roles: s.roles,
    permissions,
    mustChangePassword: s.mustChangePassword,
    totpEnrolled: s.totpEnrolled,
    mustEnrolTotp: mustEnrolTotp(s, policy),
  };
}

/** Compares the CSRF header with the session's token in constant time (digests, so lengths never differ). */
function sameToken(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  return timingSafeEqual(createHash('sha256').update(sent).digest(), createHash('sha256').update(expected).digest());
}
