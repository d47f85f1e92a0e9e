import multipart from '@fastify/multipart';
import type { App } from '../../platform/http/types';
import { getStorage } from '../../platform/storage/storage';
import { applicationRoutes } from './applications.routes';
import { attachmentRoutes } from './attachments.routes';
import { callRoutes } from './calls.routes';
import { projectDeadlineRoutes } from './deadlines.routes';
import { expertRoutes } from './experts.routes';
import { factRoutes } from './facts.routes';
import { fundingRoutes } from './funding.routes';
import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { projectImport } from './import/project-import';
import { projectNoticeRoutes } from './project-notices.routes';
import { rankingRoutes } from './ranking.routes';
import { reserveRoutes } from './reserve.routes';
import { reviewRoutes } from './reviews.routes';
import { transitionRoutes } from './transitions.routes';

export { projectReportFacts } from './report-facts';

/** The project module: calls, reserve, applications and their state machine, attachments, expert review, funding ledger, deadlines, 公示. */
export async function projectModule(app: App): Promise<void> {
  const routes = [
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
    factRoutes,
  ];
  for (const register of routes) await register(app);
  // Multipart parsing is registered in a child context so only the upload routes accept it.
  await app.register(async (scoped) => {
    await scoped.register(multipart, { limits: { files: 1, fields: 5, parts: 6 } });
    await attachmentRoutes(getStorage())(scoped as unknown as App);
    registerExcelImport(scoped as unknown as App, projectImport);
  });
}
