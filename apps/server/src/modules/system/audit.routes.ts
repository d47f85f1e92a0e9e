import { z } from 'zod';
import { ZAuditEntry, ZAuditQuery, ZAuditVerifyResult, zPage } from '@kechuang/domain';
import type { FastifyRequest } from 'fastify';
import { writeAuditAlone } from '../../platform/audit/audit.writer';
import { verifyAuditChain } from '../../platform/audit/audit.verify';
import { notFound } from '../../platform/errors';
import { actorOf, contextOf, requireAuth, type App } from '../../platform/http/types';
import { presentAuditEntry } from './audit.presenter';
import { findJob } from './job.repository';
import { queryAuditLog } from './query-audit-log';

const tags = ['审计'];

/** 操作日志 / 登录日志 and chain verification: the audit admin's alone. Reading the trail is itself audited. */
export async function auditRoutes(app: App): Promise<void> {
  app.jobs.register('audit.verify', async (ctx) =>
    verifyAuditChain(ctx.db, (checked, total) =>
      ctx.progress(total ? (checked / total) * 100 : 100, `已校验 ${checked} / ${total} 条`),
    ),
  );

  const list = (loginOnly: boolean) => async (req: FastifyRequest<{ Querystring: z.infer<typeof ZAuditQuery> }>) => {
    const { data, total } = await queryAuditLog(app.db, contextOf(req), { query: req.query, loginOnly });
    return { data: data.map(presentAuditEntry), total, success: true as const };
  };

  app.get('/audit/logs', {
    config: { access: 'audit:log:read' },
    schema: { tags, summary: '操作日志（含前后值）', querystring: ZAuditQuery, response: { 200: zPage(ZAuditEntry) } },
    handler: list(false),
  });
  app.get('/audit/login-logs', {
    config: { access: 'audit:login-log:read' },
    schema: {
      tags,
      summary: '登录日志（成功与失败）',
      querystring: ZAuditQuery,
      response: { 200: zPage(ZAuditEntry) },
    },
    handler: list(true),
  });

  app.post('/audit/verify', {
    config: { access: 'audit:log:verify' },
    schema: {
      tags,
      summary: '校验审计哈希链（后台任务，返回任务编号）',
      body: z.object({}).optional(),
      response: { 200: z.object({ jobId: z.number().int() }) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const jobId = await app.jobs.enqueue({
        type: 'audit.verify',
        title: '审计日志完整性校验',
        createdBy: auth.userId,
        regionCode: auth.regionCode,
      });
      await writeAuditAlone(app.db, actorOf(req), { action: 'audit.verify', objectType: 'job', objectId: jobId });
      return { jobId };
    },
  });

  app.get('/audit/verify/:jobId', {
    config: { access: 'audit:log:verify' },
    schema: {
      tags,
      summary: '校验结果',
      params: z.object({ jobId: z.coerce.number().int() }),
      response: { 200: z.object({ status: z.string(), progress: z.number(), result: ZAuditVerifyResult.nullable() }) },
    },
    handler: async (req) => {
      const job = await findJob(app.db, req.params.jobId, 'audit.verify');
      if (!job) throw notFound('校验任务');
      return {
        status: job.status,
        progress: job.progress,
        result: (job.result as z.infer<typeof ZAuditVerifyResult> | null) ?? null,
      };
    },
  });
}
