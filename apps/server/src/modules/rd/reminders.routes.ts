import { z } from 'zod';
import { chinaToday, zDate, ZIdParam } from '@kechuang/domain';
import { writeAuditAlone } from '../../platform/audit/audit.writer';
import { AppError } from '../../platform/errors';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import { readRdTask } from './read-rd-task';
import { sendRdReminders } from './send-reminders';

/** Job type of the reminders; without a task id it reminds every open task falling due (for a daily schedule). */
export const RD_REMIND_JOB = 'rd.reminders';

/** 催报: a job that bells the units that have not reported, and sends staff a summary. */
export async function rdReminderRoutes(app: App): Promise<void> {
  app.jobs.register<{ taskId?: number; today?: string }>(RD_REMIND_JOB, async (ctx) =>
    sendRdReminders(ctx.db, {
      taskId: ctx.payload?.taskId,
      today: ctx.payload?.today ?? chinaToday(),
    }),
  );

  app.post('/rd/tasks/:id/remind', {
    config: { access: 'rd:task:manage' },
    schema: {
      tags: ['研发经费·填报任务'],
      summary: '催报：提醒未报单位的企业用户，并向业务人员发送填报进度（后台任务）',
      params: ZIdParam,
      body: z
        .object({
          today: zDate('基准日期').optional(),
        })
        .default({}),
      response: { 200: z.object({ jobId: z.number().int() }) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const task = await readRdTask(app.db, auth, req.params.id);
      if (task.status !== 'open') throw new AppError('CONFLICT', '只有填报中的任务可以催报');
      await writeAuditAlone(app.db, actorOf(req), {
        action: 'rd.task.remind',
        objectType: 'rd_task',
        objectId: task.id,
        regionCode: task.region_code,
      });
      const jobId = await app.jobs.enqueue({
        type: RD_REMIND_JOB,
        title: `研发经费催报：${task.title}`,
        payload: { taskId: task.id, today: req.body.today },
        createdBy: auth.userId,
        regionCode: task.region_code,
      });
      return { jobId };
    },
  });
}
