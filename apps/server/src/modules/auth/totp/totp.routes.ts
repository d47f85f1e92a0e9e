import {
  ZOk,
  ZSignedIn,
  ZTotpCodeRequest,
  ZTotpEnrolment,
  ZTotpLoginRequest,
  ZTotpRecoveryCodes,
  ZTotpStatus,
} from '@kechuang/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { contextOf, type App } from '../../../platform/http/types';
import type { SignedIn } from '../open-session';
import { confirmTotpEnrolment } from './confirm-totp-enrolment';
import { disableTotp } from './disable-totp';
import { readTotpStatus } from './read-totp-status';
import { renewRecoveryCodes } from './renew-recovery-codes';
import { signInWithTotp } from './sign-in-with-totp';
import { startTotpEnrolment } from './start-totp-enrolment';

const tags = ['认证'];
// Reachable while an administrator must still set up two-step verification (and during a password change).
const setUp = { access: 'signed-in', duringPasswordChange: true, duringTotpEnrolment: true } as const;

/**
 * Two-step verification (TOTP): the sign-in's second step, and one's own set-up, status, recovery codes and turning off. Wrong
 * codes go through `countingFailures`, so they pause an address like wrong passwords.
 */
export async function totpRoutes(
  app: App,
  o: {
    countingFailures: <T>(req: FastifyRequest, run: () => Promise<T>) => Promise<T>;
    setSessionCookie: (req: FastifyRequest, reply: FastifyReply, s: SignedIn) => void;
  },
): Promise<void> {
  app.post('/auth/login/totp', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: '登录第二步：输入动态验证码或恢复码，设置会话 Cookie',
      body: ZTotpLoginRequest,
      response: { 200: ZSignedIn },
    },
    handler: async (req, reply) => {
      const signedIn = await o.countingFailures(req, () =>
        signInWithTotp(app.db, { ...req.body, ip: req.ip, userAgent: req.headers['user-agent'] ?? null }),
      );
      o.setSessionCookie(req, reply, signedIn);
      return { csrfToken: signedIn.csrfToken, user: signedIn.user };
    },
  });

  app.get('/auth/totp', {
    config: setUp,
    schema: { tags, summary: '本人两步验证状态', response: { 200: ZTotpStatus } },
    handler: async (req) => readTotpStatus(app.db, contextOf(req)),
  });

  app.post('/auth/totp/start', {
    config: setUp,
    schema: {
      tags,
      summary: '开始设置两步验证：返回二维码链接与密钥（仅显示一次）',
      response: { 200: ZTotpEnrolment },
    },
    handler: async (req) => startTotpEnrolment(app.db, contextOf(req)),
  });

  app.post('/auth/totp/confirm', {
    config: { ...setUp, changesSessions: true },
    schema: {
      tags,
      summary: '输入验证码确认启用两步验证：返回 10 个恢复码（仅显示一次）',
      body: ZTotpCodeRequest,
      response: { 200: ZTotpRecoveryCodes },
    },
    handler: async (req) => o.countingFailures(req, () => confirmTotpEnrolment(app.db, contextOf(req), req.body)),
  });

  app.post('/auth/totp/recovery-codes', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '重新生成本人的 10 个恢复码（旧恢复码作废；须输入当前验证码；仅显示一次）',
      body: ZTotpCodeRequest,
      response: { 200: ZTotpRecoveryCodes },
    },
    handler: async (req) => o.countingFailures(req, () => renewRecoveryCodes(app.db, contextOf(req), req.body)),
  });

  app.post('/auth/totp/disable', {
    config: { access: 'signed-in', changesSessions: true },
    schema: { tags, summary: '关闭本人两步验证（须输入当前验证码）', body: ZTotpCodeRequest, response: { 200: ZOk } },
    handler: async (req) => {
      await o.countingFailures(req, () => disableTotp(app.db, contextOf(req), req.body));
      return { ok: true as const };
    },
  });
}
