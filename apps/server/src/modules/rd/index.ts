import { rdExportRoutes } from './export.routes';
import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { rdImport } from './import/rd-import';
import { rdReminderRoutes } from './reminders.routes';
import { rdReviewRoutes } from './review.routes';
import { rdSettingsRoutes } from './settings.routes';
import { rdSummaryRoutes } from './summary.routes';
import { rdTaskRoutes } from './tasks.routes';
import { rdUnitRoutes } from './units.routes';
import { defineModule } from '../../platform/module-kit/module';
import { rdFacts } from './rd.facts';
import { rdTodos } from './rd.todos';
import { RD_MIGRATIONS } from './migrations/index';

export { RD_REMIND_JOB } from './reminders.routes';

/** The R&D module: collection tasks, units' forms and review, cross-checks, totals and intensity, reminders, Excel. */
export const rdModule = defineModule({
  name: 'rd',
  migrations: RD_MIGRATIONS,
  async routes(app) {
    for (const routes of [
      rdTaskRoutes,
      rdUnitRoutes,
      rdReviewRoutes,
      rdSummaryRoutes,
      rdSettingsRoutes,
      rdReminderRoutes,
      rdExportRoutes,
    ]) {
      await routes(app);
    }
  },
  async uploadRoutes(app) {
    registerExcelImport(app, rdImport);
  },
  facts: rdFacts,
  todos: rdTodos,
  dailyJobs: [{ type: 'rd.reminders', title: '研发经费填报提醒' }],
});
