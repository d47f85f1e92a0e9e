import { defineModule } from '../../platform/module-kit/module';
import { auditRoutes } from './audit.routes';
import { dictRoutes } from './dicts.routes';
import { holidayArrangementRoutes } from './holiday-arrangements.routes';
import { jobAndMessageRoutes } from './jobs-messages.routes';
import { SYSTEM_MIGRATIONS } from './migrations/index';
import { paramRoutes } from './params.routes';
import { regionRoutes } from './regions.routes';
import { roleRoutes } from './roles.routes';
import { sessionRoutes } from './sessions.routes';
import { adminResetRoutes } from './admin-reset.routes';
import { userRoutes } from './users.routes';

/** System administration: users, roles, dictionaries, parameters, regions, holidays, sessions, audit, jobs, messages. */
export const systemModule = defineModule({
  name: 'system',
  migrations: SYSTEM_MIGRATIONS,
  async routes(app) {
    for (const routes of [
      adminResetRoutes,
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
