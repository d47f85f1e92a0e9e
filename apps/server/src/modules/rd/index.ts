import multipart from '@fastify/multipart';
import type { App } from '../../platform/http/types';
import { rdExportRoutes } from './export.routes';
import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { rdImport } from './import/rd-import';
import { rdReminderRoutes } from './reminders.routes';
import { rdReviewRoutes } from './review.routes';
import { rdSettingsRoutes } from './settings.routes';
import { rdSummaryRoutes } from './summary.routes';
import { rdTaskRoutes } from './tasks.routes';
import { rdUnitRoutes } from './units.routes';

export { rdReportFacts } from './report-facts';
export { RD_REMIND_JOB } from './reminders.routes';

/** The R&D module: collection tasks, units' forms and review, cross-checks, totals and intensity, reminders, Excel. */
export async function rdModule(app: App): Promise<void> {
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
  // Multipart parsing only for the upload route, in a child context (as the other modules do).
  await app.register(async (scoped) => {
    await scoped.register(multipart, { limits: { files: 1, fields: 5, parts: 6 } });
    registerExcelImport(scoped as unknown as App, rdImport);
  });
}
