import { z } from 'zod';
import {
  ZAdminResetApproved,
  ZAdminResetListQuery,
  ZAdminResetReject,
  ZAdminResetRequest,
  ZAdminResetRequestCreate,
  ZIdParam,
  ZOk,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { findAdminReset, listAdminResets } from './admin-reset.repository';
import { presentAdminReset } from './admin-reset.presenter';
import { approveAdminReset, rejectAdminReset } from './decide-admin-reset';
import { requestAdminReset } from './request-admin-reset';
import { adminScope, assertMaySeeAdminResets } from './system.policy';

const tags = ['用户管理'];

/** 管理员密码重置: one administrator asks, another (not the target) approves and hands over a one-time password. */
export async function adminResetRoutes(app: App): Promise<void> {
  app.get('/users/reset-requests', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '管理员密码重置申请列表（申请人与审批人可见）',
      querystring: ZAdminResetListQuery,
      response: { 200: z.array(ZAdminResetRequest) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      assertMaySeeAdminResets(auth);
      return (await listAdminResets(app.db, adminScope(auth), req.query.status)).map(presentAdminReset);
    },
  });

  app.post('/users/:id/reset-requests', {
    config: { access: 'system:user:reset-password' },
    schema: {
      tags,
      summary: '申请重置管理员账号的密码（须另一名管理员审批）',
      params: ZIdParam,
      body: ZAdminResetRequestCreate,
      response: { 200: ZAdminResetRequest },
    },
    handler: async (req) => {
      const id = await requestAdminReset(app.db, contextOf(req), { targetUserId: req.params.id, ...req.body });
      return presentAdminReset((await findAdminReset(app.db, id))!);
    },
  });

  app.post('/users/reset-requests/:id/approve', {
    config: { access: 'security:user:reset-approve', changesSessions: true },
    schema: {
      tags,
      summary: '批准管理员密码重置：生成一次性密码，仅在本次响应中返回一次',
      params: ZIdParam,
      body: z.object({}).optional(),
      response: { 200: ZAdminResetApproved },
    },
    handler: async (req, reply) => {
      // The one-time password must not linger in any cache between the server and the approver's screen.
      reply.header('cache-control', 'no-store');
      return approveAdminReset(app.db, contextOf(req), req.params.id);
    },
  });

  app.post('/users/reset-requests/:id/reject', {
    config: { access: 'security:user:reset-approve' },
    schema: {
      tags,
      summary: '拒绝管理员密码重置申请',
      params: ZIdParam,
      body: ZAdminResetReject,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await rejectAdminReset(app.db, contextOf(req), req.params.id, req.body.note);
      return { ok: true as const };
    },
  });
}
