import { chinaToday } from '@kechuang/domain';
import { defineModule } from '../../platform/module-kit/module';
import { liaisonFacts } from './liaison.facts';
import { liaisonExportRoutes } from './export.routes';
import { liaisonRoutes } from './liaison.routes';
import { liaisonTodos } from './liaison.todos';
import { LIAISON_MIGRATIONS } from './migrations/index';
import { OVERDUE_REMINDER_JOB, sendOverdueReminders } from './overdue-reminders';
import { seedDemoLiaison } from './seed-demo-liaison';

/** 干部包企业 (docs/rules.md §5.7.1): assignments, visits, issues with their life cycle, coverage, facts, to-dos. */
export const liaisonModule = defineModule({
  name: 'liaison',
  migrations: LIAISON_MIGRATIONS,
  async routes(app) {
    await liaisonExportRoutes(app);
    await liaisonRoutes(app);
    app.jobs.register<{ today?: string }>(OVERDUE_REMINDER_JOB, async (ctx) => ({
      reminded: await sendOverdueReminders(ctx.db, ctx.payload?.today ?? chinaToday()),
    }));
  },
  dailyJobs: [{ type: OVERDUE_REMINDER_JOB, title: '企业诉求逾期提醒' }],
  facts: liaisonFacts,
  todos: liaisonTodos,
  seedDemo: seedDemoLiaison,
});
