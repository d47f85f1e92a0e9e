import type { App } from '../platform/http/types';
import { authRoutes } from './auth/auth.routes';
import { auditRoutes } from './system/audit.routes';
import { dictRoutes } from './system/dicts.routes';
import { jobAndMessageRoutes } from './system/jobs-messages.routes';
import { paramRoutes } from './system/params.routes';
import { regionRoutes } from './system/regions.routes';
import { roleRoutes } from './system/roles.routes';
import { sessionRoutes } from './system/sessions.routes';
import { userRoutes } from './system/users.routes';
import { enterpriseRoutes } from './enterprise/enterprises.routes';
import { qualificationRoutes } from './enterprise/qualifications.routes';
import { cultivationPoolRoutes } from './enterprise/cultivation-pool.routes';
import { assessmentRoutes } from './enterprise/assessments.routes';
import { deadlineRoutes } from './enterprise/deadlines.routes';
import { noticeRoutes } from './enterprise/notices.routes';

/** Registers every module's routes under /api/v1. */
export async function registerModules(app: App): Promise<void> {
  for (const routes of [authRoutes, userRoutes, roleRoutes, dictRoutes, paramRoutes, regionRoutes, sessionRoutes, auditRoutes, jobAndMessageRoutes, enterpriseRoutes, qualificationRoutes, cultivationPoolRoutes, assessmentRoutes, deadlineRoutes, noticeRoutes]) {
    await routes(app);
  }
}
