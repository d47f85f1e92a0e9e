import { z } from 'zod';
import type { Selectable } from 'kysely';
import { ZIdParam, ZJob, ZMessage, ZOk, ZPageQuery, zPage } from '@kechuang/domain';
import type { JobTable } from '../../platform/db/schema';
import { forbidden, notFound } from '../../platform/errors';
import { writeAudit } from '../../platform/audit/audit.writer';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import { codeStartsWith } from '../../platform/db/code-prefix';

const presentJob = (j: Selectable<JobTable>) => ({
  id: j.id,
  type: j.type,
  title: j.title,
  status: j.status,
  progress: Number(j.progress),
  message: j.message,
  result: j.result ?? null,
  createdBy: j.created_by,
  createdAt: j.created_at.toISOString(),
  startedAt: j.started_at?.toISOString() ?? null,
  finishedAt: j.finished_at?.toISOString() ?? null,
});

/** 任务中心 (every user sees their own jobs; the system admin sees all in scope) and the 消息 bell. */
export async function jobAndMessageRoutes(app: App): Promise<void> {
  app.get('/jobs', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['任务中心'],
      summary: '任务列表（本人的；系统管理员可看全部）',
      querystring: ZPageQuery.extend({ all: z.coerce.boolean().optional() }),
      response: { 200: zPage(ZJob) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const all = req.query.all && auth.permissions.has('system:job:list');
      let q = app.db.selectFrom('job');
      q = all
        ? q.where((eb) => eb.or([codeStartsWith('region_code', auth.scopePrefix), eb('region_code', 'is', null)]))
        : q.where('created_by', '=', auth.userId);
      const [rows, total] = await Promise.all([
        q
          .selectAll()
          .orderBy('id', 'desc')
          .limit(req.query.pageSize)
          .offset((req.query.current - 1) * req.query.pageSize)
          .execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { data: rows.map(presentJob), total: Number(total.n), success: true as const };
    },
  });

  app.get('/jobs/:id', {
    config: { access: 'signed-in' },
    schema: { tags: ['任务中心'], summary: '任务进度与结果', params: ZIdParam, response: { 200: ZJob } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const job = await app.db.selectFrom('job').selectAll().where('id', '=', req.params.id).executeTakeFirst();
      if (!job) throw notFound('任务');
      if (job.created_by !== auth.userId && !auth.permissions.has('system:job:list')) {
        throw forbidden('只能查看本人提交的任务');
      }
      const live = job.status === 'running' ? app.jobs.liveProgress(job.id) : undefined;
      return presentJob(live ? { ...job, progress: live.progress, message: live.message ?? job.message } : job);
    },
  });

  app.get('/messages', {
    config: { access: 'signed-in', duringPasswordChange: true },
    schema: {
      tags: ['消息'],
      summary: '我的消息',
      querystring: ZPageQuery.extend({ unread: z.coerce.boolean().optional() }),
      response: { 200: zPage(ZMessage).extend({ unread: z.number().int() }) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      let q = app.db.selectFrom('message').where('user_id', '=', auth.userId);
      if (req.query.unread) q = q.where('read_at', 'is', null);
      const [rows, total, unread] = await Promise.all([
        q
          .selectAll()
          .orderBy('id', 'desc')
          .limit(req.query.pageSize)
          .offset((req.query.current - 1) * req.query.pageSize)
          .execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        app.db
          .selectFrom('message')
          .where('user_id', '=', auth.userId)
          .where('read_at', 'is', null)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return {
        data: rows.map((m) => ({
          id: m.id,
          title: m.title,
          body: m.body,
          link: m.link,
          category: m.category,
          readAt: m.read_at?.toISOString() ?? null,
          createdAt: m.created_at.toISOString(),
        })),
        total: Number(total.n),
        unread: Number(unread.n),
        success: true as const,
      };
    },
  });

  app.post('/messages/read', {
    config: { access: 'signed-in', duringPasswordChange: true },
    schema: {
      tags: ['消息'],
      summary: '标记已读（不带 ids 为全部）',
      body: z.object({ ids: z.array(z.number().int()).optional() }),
      response: { 200: ZOk },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      await app.db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('message')
          .set({ read_at: new Date() })
          .where('user_id', '=', auth.userId)
          .where('read_at', 'is', null)
          .$if(!!req.body.ids?.length, (qb) => qb.where('id', 'in', req.body.ids!))
          .executeTakeFirst();
        await writeAudit(trx, actorOf(req), {
          action: 'message.read',
          objectType: 'message',
          details: { ids: req.body.ids ?? 'all', count: Number(res.numUpdatedRows) },
        });
      });
      return { ok: true as const };
    },
  });
}
