import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { defineModule } from '../../platform/module-kit/module';
import { assessmentFacts, commissionerAssessmentRoutes, seedDemoAssessment } from './assessment/index';
import { commissionerFacts } from './commissioner.facts';
import { commissionerExportRoutes } from './export.routes';
import { commissionerImport } from './import/commissioner-import';
import { COMMISSIONER_MIGRATIONS } from './migrations/index';
import { commissionerRoutes } from './records.routes';
import {
  SERVICE_LOG_DAILY_JOBS,
  commissionerServiceLogRoutes,
  seedDemoServiceLogs,
  serviceLogFacts,
  serviceLogPhotos,
} from './service-log/index';

/** 科技特派员: one register (list, detail, create, edit), its Excel import and export, and its report facts. */
export const commissionerModule = defineModule({
  name: 'commissioner',
  migrations: COMMISSIONER_MIGRATIONS,
  async routes(app) {
    await commissionerRoutes(app);
    await commissionerExportRoutes(app);
    await commissionerServiceLogRoutes(app);
    await commissionerAssessmentRoutes(app);
  },
  async uploadRoutes(app) {
    registerExcelImport(app, commissionerImport);
  },
  facts: async (db, q) => [
    ...(await commissionerFacts(db, q)),
    ...(await serviceLogFacts(db, q)),
    ...(await assessmentFacts(db, q)),
  ],
  attachments: [serviceLogPhotos],
  dailyJobs: SERVICE_LOG_DAILY_JOBS,
  async seedDemo(trx, actor, demo) {
    await seedDemoServiceLogs(trx, actor, demo);
    await seedDemoAssessment(trx, actor, demo);
  },
});
