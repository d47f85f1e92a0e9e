import type { App } from '../../platform/http/types';
import { assessmentRoutes } from './assessments.routes';
import { cultivationPoolRoutes } from './cultivation-pool.routes';
import { deadlineRoutes } from './deadlines.routes';
import { enterpriseRoutes } from './enterprises.routes';
import { noticeRoutes } from './notices.routes';
import { qualificationRoutes } from './qualifications.routes';

/** The enterprise module: register, qualifications, cultivation pool, calculators, deadlines, 公示. */
export async function enterpriseModule(app: App): Promise<void> {
  for (const routes of [enterpriseRoutes, qualificationRoutes, cultivationPoolRoutes, assessmentRoutes, deadlineRoutes, noticeRoutes]) await routes(app);
}
