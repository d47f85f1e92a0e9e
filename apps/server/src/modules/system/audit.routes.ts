import { z } from 'zod';
import { ZAuditEntry, ZAuditQuery, ZAuditVerifyResult, zPage } from '@kechuang/domain';
import type { Kysely } from 'kysely';
import { writeAuditAlone } from '../../platform/audit/audit.writer';
import { verifyAuditChain } from '../../platform/audit/audit.verify';
import type { DB } from '../../platform/db/schema';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import { notFound } from '../../platform/errors';

const tags = ['审计'];

function filtered(db: Kysely<DB>, q: z.infer<typeof ZAuditQuery>, loginOnly: boolean) {
  let s = db.selectFrom('audit_log');
  s = loginOnly ? s.where('action', 'like', 'auth.%') : s;
  if (q.actor) s = s.where('actor_name', 'like', `%${q.actor}%`);
  if (q.action) s = s.where('action', 'like', `${q.action}%`);
  if (q.objectType) s = s.where('object_type', '=', q.objectType);
  if (q.result) s = s.where('result', '=', q.result);
  if (q.from) s = s.where('at', '>=', new Date(q.from));
  if (q.to) s = s.where('at', '<', new Date(q.to));
  return s;
}

/** 操作日志 / 登录日志 and chain verification: the audit admin's alone. Reading the trail is itself audited. */
export async function auditRoutes(app: App): Promise<void> {
  app.jobs.register('audit.verify', async (ctx) =>
    verifyAuditChain(ctx.db, (checked, total) =>
      ctx.progress(total ? (checked / total) * 100 : 100, `已校验 ${checked} / ${total} 条`),
    ),
  );

  const list =
    (loginOnly: boolean) =>
    async (req: { query: z.infer<typeof ZAuditQuery>; auth: Parameters<typeof requireAuth>[0]; ip: string }) => {
      requireAuth(req.auth);
      const q = req.query;
      const [rows, total] = await Promise.all([
        filtered(app.db, q, loginOnly)
          .selectAll()
          .orderBy('id', 'desc')
          .limit(q.pageSize)
          .offset((q.current - 1) * q.pageSize)
          .execute(),
        filtered(app.db, q, loginOnly)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      await writeAuditAlone(app.db, actorOf(req), { action: 'audit.query', details: { loginOnly, filter: { ...q } } });
      return {
        data: rows.map((r) => ({
          id: Number(r.id),
          at: r.at.toISOString(),
          actorId: r.actor_id,
          actorName: r.actor_name,
          ip: r.ip,
          action: r.action,
          objectType: r.object_type,
          objectId: r.object_id,
          result: r.result,
          before: r.before ?? null,
          after: r.after ?? null,
          details: r.details ?? null,
          hash: r.hash,
        })),
        total: Number(total.n),
        success: true as const,
      };
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
      const job = await app.db
        .selectFrom('job')
        .selectAll()
        .where('id', '=', req.params.jobId)
        .where('type', '=', 'audit.verify')
        .executeTakeFirst();
      if (!job) throw notFound('校验任务');
      return {
        status: job.status,
        progress: job.progress,
        result: (job.result as z.infer<typeof ZAuditVerifyResult> | null) ?? null,
      };
    },
  });
}
