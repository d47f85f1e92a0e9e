import { z } from 'zod';
import { ZEnterpriseDeadline, zDate, chinaToday } from '@kechuang/domain';
import { requireAuth, type App } from '../../platform/http/types';
import { listDeadlines, sendDeadlineReminders } from './deadlines';
import { enterpriseScope } from './enterprise.policy';

const REMIND_WITHIN_DAYS = 30;

/** 到期提醒: the list page and the daily reminder job that fills the bell. */
export async function deadlineRoutes(app: App): Promise<void> {
  app.jobs.register<{ today?: string }>('enterprise.deadline-reminders', async (ctx) => {
    const sent = await sendDeadlineReminders(ctx.db, ctx.payload?.today ?? chinaToday(), REMIND_WITHIN_DAYS);
    return { sent };
  });

  app.get('/deadlines', {
    config: { access: 'enterprise:read' },
    schema: {
      tags: ['到期提醒'],
      summary: '将到期事项（高企年报、科小年度更新、证书到期）',
      querystring: z.object({
        within: z.coerce.number().int().min(0).max(3650).default(120),
        today: zDate('基准日期').optional(),
      }),
      response: { 200: z.array(ZEnterpriseDeadline) },
    },
    handler: async (req) => {
      const scope = enterpriseScope(requireAuth(req.auth));
      return listDeadlines(app.db, scope, req.query.today ?? chinaToday(), req.query.within);
    },
  });
}
