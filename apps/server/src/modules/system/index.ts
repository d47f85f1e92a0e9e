import { defineModule } from '../../platform/module-kit/module';
import { auditRoutes } from './audit.routes';
import { dictRoutes } from './dicts.routes';
import { holidayArrangementRoutes } from './holiday-arrangements.routes';
import { jobAndMessageRoutes } from './jobs-messages.routes';
import { paramRoutes } from './params.routes';
import { regionRoutes } from './regions.routes';
import { roleRoutes } from './roles.routes';
import { sessionRoutes } from './sessions.routes';
import { userRoutes } from './users.routes';

/** System administration: users, roles, dictionaries, parameters, regions, holidays, sessions, audit, jobs, messages. */
export const systemModule = defineModule({
  name: 'system',
  async routes(app) {
    for (const routes of [
      userRoutes,
      roleRoutes,
      dictRoutes,
      paramRoutes,
      regionRoutes,
      holidayArrangementRoutes,
      sessionRoutes,
      auditRoutes,
      jobAndMessageRoutes,
    ]) {
      await routes(app);
    }
  },
  dailyJobs: [{ type: 'system.holiday-table-alert', title: '节假日安排到期提醒' }],
});
