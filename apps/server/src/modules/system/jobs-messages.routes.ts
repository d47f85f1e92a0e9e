import { z } from 'zod';
import { ZIdParam, ZJob, ZMessage, ZOk, ZPageQuery, zPage } from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { presentJob } from './job.presenter';
import { listJobs } from './job.repository';
import { markMessagesRead } from './mark-messages-read';
import { presentMessage } from './message.presenter';
import { listMessages } from './message.repository';
import { readJob } from './read-job';
import { jobListScope, mayReadJobResult } from './system.policy';

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
      const { all, ...page } = req.query;
      const auth = requireAuth(req.auth);
      const { data, total } = await listJobs(app.db, jobListScope(auth, all), page);
      return { data: data.map((j) => presentJob(j, mayReadJobResult(auth, j))), total, success: true as const };
    },
  });

  app.get('/jobs/:id', {
    config: { access: 'signed-in' },
    schema: { tags: ['任务中心'], summary: '任务进度与结果', params: ZIdParam, response: { 200: ZJob } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const job = await readJob(app.db, auth, req.params.id);
      return presentJob(job, mayReadJobResult(auth, job), app.jobs.liveProgress(job.id));
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
      const { unread, ...page } = req.query;
      const r = await listMessages(app.db, requireAuth(req.auth).userId, { unread }, page);
      return { data: r.data.map(presentMessage), total: r.total, unread: r.unread, success: true as const };
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
      await markMessagesRead(app.db, contextOf(req), req.body);
      return { ok: true as const };
    },
  });
}
