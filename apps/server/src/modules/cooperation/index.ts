import { chinaToday } from '@kechuang/domain';
import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { defineModule } from '../../platform/module-kit/module';
import { AGREEMENT_REMIND_JOB, sendAgreementReminders } from './agreement-reminders';
import { AGREEMENT_ATTACHMENTS } from './agreement-attachments';
import { agreementRoutes } from './agreements.routes';
import { cooperationFacts } from './cooperation.facts';
import { cooperationExportRoutes } from './export.routes';
import { coopProjectImport } from './import/coop-project-import';
import { COOPERATION_MIGRATIONS } from './migrations/index';
import { partnerRoutes } from './partners.routes';
import { projectRoutes } from './projects.routes';
import { seedDemoCooperation } from './seed-demo-cooperation';

/**
 * 院地院企合作: partner institutions, agreements (attachments, a daily renewal reminder), cooperation projects with
 * milestones and outputs, the projects' Excel import and export, report facts and the demo county's cooperation.
 */
export const cooperationModule = defineModule({
  name: 'cooperation',
  migrations: COOPERATION_MIGRATIONS,
  async routes(app) {
    app.jobs.register<{ today?: string }>(AGREEMENT_REMIND_JOB, async (ctx) => ({
      sent: await sendAgreementReminders(ctx.db, ctx.payload?.today ?? chinaToday()),
    }));
    await partnerRoutes(app);
    await agreementRoutes(app);
    await projectRoutes(app);
    await cooperationExportRoutes(app);
  },
  async uploadRoutes(app) {
    registerExcelImport(app, coopProjectImport);
  },
  attachments: [AGREEMENT_ATTACHMENTS],
  facts: cooperationFacts,
  dailyJobs: [{ type: AGREEMENT_REMIND_JOB, title: '合作协议到期提醒' }],
  seedDemo: seedDemoCooperation,
});
