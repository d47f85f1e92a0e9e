import type { App } from '../../platform/http/types';
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
export async function systemModule(app: App): Promise<void> {
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
}
