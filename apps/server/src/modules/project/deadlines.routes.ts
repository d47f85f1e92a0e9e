import { z } from 'zod';
import { ZProjectDeadline, zDate, chinaToday } from '@kechuang/domain';
import { requireAuth, type App } from '../../platform/http/types';
import { deadlineScope } from './project.policy';
import { listProjectDeadlines, sendProjectDeadlineReminders } from './project-deadlines';

const REMIND_WITHIN_DAYS = 7;

/** 项目截止提醒: the list and the daily job that fills the bell (calls closing, mid-term checks, acceptances). */
export async function projectDeadlineRoutes(app: App): Promise<void> {
  app.jobs.register<{ today?: string; within?: number }>('project.deadline-reminders', async (ctx) => {
    const today = ctx.payload?.today ?? chinaToday();
    return { sent: await sendProjectDeadlineReminders(ctx.db, today, ctx.payload?.within ?? REMIND_WITHIN_DAYS) };
  });

  app.get('/project-deadlines', {
    config: { access: 'project:read' },
    schema: {
      tags: ['项目批次'],
      summary: '项目截止提醒（批次截止受理、中期检查、验收到期）',
      querystring: z.object({
        within: z.coerce.number().int().min(0).max(3650).default(30),
        today: zDate('基准日期').optional(),
      }),
      response: { 200: z.array(ZProjectDeadline) },
    },
    handler: async (req) => {
      const scope = deadlineScope(requireAuth(req.auth));
      return listProjectDeadlines(app.db, scope, req.query.today ?? chinaToday(), req.query.within);
    },
  });
}
