import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { defineModule } from '../../platform/module-kit/module';
import { AGREEMENT_ATTACHMENTS } from './agreement/agreement-attachments';
import { agreementRoutes } from './agreement/agreements.routes';
import { assessmentFacts, assessmentTodos, commissionerAssessmentRoutes, seedDemoAssessment } from './assessment/index';
import { commissionerFacts } from './commissioner.facts';
import { commissionerExportRoutes } from './export.routes';
import { commissionerImport } from './import/commissioner-import';
import { levelRuleRoutes } from './level-rules.routes';
import { commissionerMatchingRoutes } from './matching/index';
import { COMMISSIONER_MIGRATIONS } from './migrations/index';
import { rosterRoutes } from './roster.routes';
import { seedDemoCommissioners } from './seed-demo-commissioners';
import {
  SERVICE_LOG_DAILY_JOBS,
  commissionerServiceLogRoutes,
  seedDemoServiceLogs,
  serviceLogFacts,
  serviceLogPhotos,
} from './service-log/index';
import { EXPIRE_JOB } from './workflow/expire-commissioners';

/**
 * 科技特派员 (docs/rules.md §5.1): the roster (personal data sealed and masked, an audited reveal), eligibility by
 * level with staff's override, the appointment workflow with history and a daily 期满 job, 三方协议, the level
 * rules, Excel import and export; service logs from the phone with the day counter and pace reminders, the annual
 * assessment (§5.1.1); matching enterprises' needs with commissioners (§5.1.2); report facts and the demo county's
 * commissioners with tpy's logs.
 */
export const commissionerModule = defineModule({
  name: 'commissioner',
  migrations: COMMISSIONER_MIGRATIONS,
  async routes(app) {
    await rosterRoutes(app);
    await commissionerExportRoutes(app);
    await levelRuleRoutes(app);
    await agreementRoutes(app);
    await commissionerMatchingRoutes(app);
    await commissionerServiceLogRoutes(app);
    await commissionerAssessmentRoutes(app);
  },
  async uploadRoutes(app) {
    registerExcelImport(app, commissionerImport);
  },
  attachments: [AGREEMENT_ATTACHMENTS, serviceLogPhotos],
  facts: async (db, q) => [
    ...(await commissionerFacts(db, q)),
    ...(await serviceLogFacts(db, q)),
    ...(await assessmentFacts(db, q)),
  ],
  todos: assessmentTodos,
  dailyJobs: [{ type: EXPIRE_JOB, title: '科技特派员任期届满' }, ...SERVICE_LOG_DAILY_JOBS],
  async seedDemo(trx, actor, demo) {
    // The roster first: tpy's logs and the assessment find their commissioners in it.
    await seedDemoCommissioners(trx, actor, demo);
    await seedDemoServiceLogs(trx, actor, demo);
    await seedDemoAssessment(trx, actor, demo);
  },
});
