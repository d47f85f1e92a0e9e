import { storageFor } from '../../platform/storage/storage';
import { applicationRoutes } from './applications.routes';
import { attachmentRoutes } from './attachments.routes';
import { callRoutes } from './calls.routes';
import { projectDeadlineRoutes } from './deadlines.routes';
import { expertRoutes } from './experts.routes';
import { fundingRoutes } from './funding.routes';
import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { projectImport } from './import/project-import';
import { projectNoticeRoutes } from './project-notices.routes';
import { rankingRoutes } from './ranking.routes';
import { reserveRoutes } from './reserve.routes';
import { reviewRoutes } from './reviews.routes';
import { transitionRoutes } from './transitions.routes';
import { defineModule } from '../../platform/module-kit/module';
import { projectFacts } from './project.facts';
import { projectTodos } from './project.todos';
import { PROJECT_MIGRATIONS } from './migrations/index';

/** The project module: calls, reserve, applications and their state machine, attachments, expert review, funding ledger, deadlines, 公示, historical import. */
export const projectModule = defineModule({
  name: 'project',
  migrations: PROJECT_MIGRATIONS,
  async routes(app) {
    for (const routes of [
      callRoutes,
      reserveRoutes,
      applicationRoutes,
      transitionRoutes,
      expertRoutes,
      reviewRoutes,
      rankingRoutes,
      fundingRoutes,
      projectDeadlineRoutes,
      projectNoticeRoutes,
    ]) {
      await routes(app);
    }
  },
  async uploadRoutes(app) {
    await attachmentRoutes(storageFor(app.db))(app);
    registerExcelImport(app, projectImport);
  },
  facts: projectFacts,
  todos: projectTodos,
  dailyJobs: [{ type: 'project.deadline-reminders', title: '项目截止事项提醒' }],
});
