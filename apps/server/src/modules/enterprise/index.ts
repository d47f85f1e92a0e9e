import multipart from '@fastify/multipart';
import type { App } from '../../platform/http/types';
import { assessmentRoutes } from './assessments.routes';
import { cultivationPoolRoutes } from './cultivation-pool.routes';
import { deadlineRoutes } from './deadlines.routes';
import { enterpriseRoutes } from './enterprises.routes';
import { noticeRoutes } from './notices.routes';
import { qualificationRoutes } from './qualifications.routes';
import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { enterpriseExportRoutes } from './export.routes';
import { enterpriseImport } from './import/enterprise-import';

/** The enterprise module: register, qualifications, cultivation pool, calculators, deadlines, 公示. */
export async function enterpriseModule(app: App): Promise<void> {
  // Multipart parsing only where uploads happen, in a child context (each module keeps its own).
  await app.register(async (scoped) => {
    await scoped.register(multipart, { limits: { files: 1, fields: 5, parts: 6 } });
    registerExcelImport(scoped as unknown as App, enterpriseImport);
  });
  for (const routes of [
    enterpriseRoutes,
    qualificationRoutes,
    cultivationPoolRoutes,
    assessmentRoutes,
    deadlineRoutes,
    noticeRoutes,
    enterpriseExportRoutes,
  ]) {
    await routes(app);
  }
}
