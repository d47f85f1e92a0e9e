import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { defineModule } from '../../platform/module-kit/module';
import { AGREEMENT_ATTACHMENTS } from './agreement/agreement-attachments';
import { agreementRoutes } from './agreement/agreements.routes';
import { commissionerFacts } from './commissioner.facts';
import { commissionerExportRoutes } from './export.routes';
import { commissionerImport } from './import/commissioner-import';
import { levelRuleRoutes } from './level-rules.routes';
import { COMMISSIONER_MIGRATIONS } from './migrations/index';
import { commissionerMatchingRoutes } from './matching/index';
import { rosterRoutes } from './roster.routes';
import { seedDemoCommissioners } from './seed-demo-commissioners';
import { EXPIRE_JOB } from './workflow/expire-commissioners';

/**
 * 科技特派员 (docs/rules.md §5.1): the roster (personal data sealed and masked, an audited reveal), eligibility by
 * level with staff's override, the appointment workflow with history and a daily 期满 job, 三方协议, the level
 * rules, Excel import and export, report facts and the demo county's commissioners.
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
  },
  async uploadRoutes(app) {
    registerExcelImport(app, commissionerImport);
  },
  attachments: [AGREEMENT_ATTACHMENTS],
  facts: commissionerFacts,
  dailyJobs: [{ type: EXPIRE_JOB, title: '科技特派员任期届满' }],
  seedDemo: seedDemoCommissioners,
});
