import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { defineModule } from '../../platform/module-kit/module';
import { CHANGE_REMINDER_JOB } from './change-reminders';
import { evaluationFacts, seedDemoEvaluation, techPlatformEvaluationRoutes } from './evaluation/index';
import { techPlatformExportRoutes } from './export.routes';
import { techPlatformImport } from './import/tech-platform-import';
import { TECH_PLATFORM_MIGRATIONS } from './migrations/index';
import { PLATFORM_ATTACHMENTS } from './platform-attachments';
import { techPlatformRoutes } from './platforms.routes';
import { seedDemoTechPlatforms } from './seed-demo-tech-platforms';
import { techPlatformFacts } from './tech-platform.facts';

/**
 * 创新平台: the platform register (kinds and levels from dictionaries, status table with history, alliance members,
 * incubatees and graduations, 变更 reports with a daily reminder, attachments), its Excel import and export, its
 * report facts and demo data.
 */
export const techPlatformModule = defineModule({
  name: 'tech-platform',
  migrations: TECH_PLATFORM_MIGRATIONS,
  async routes(app) {
    await techPlatformRoutes(app);
    await techPlatformExportRoutes(app);
    await techPlatformEvaluationRoutes(app);
  },
  async uploadRoutes(app) {
    registerExcelImport(app, techPlatformImport);
  },
  attachments: [PLATFORM_ATTACHMENTS],
  facts: async (db, q) => [...(await techPlatformFacts(db, q)), ...(await evaluationFacts(db, q))],
  dailyJobs: [{ type: CHANGE_REMINDER_JOB, title: '创新平台变更报告提醒' }],
  async seedDemo(trx, actor, demo) {
    await seedDemoTechPlatforms(trx, actor, demo);
    await seedDemoEvaluation(trx, actor, demo);
  },
});
