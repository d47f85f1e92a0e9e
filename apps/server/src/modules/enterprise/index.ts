import { assessmentRoutes } from './assessments.routes';
import { cultivationPoolRoutes } from './cultivation-pool.routes';
import { deadlineRoutes } from './deadlines.routes';
import { enterpriseRoutes } from './enterprises.routes';
import { yearlyRoutes } from './yearly.routes';
import { noticeRoutes } from './notices.routes';
import { qualificationRoutes } from './qualifications.routes';
import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { enterpriseExportRoutes } from './export.routes';
import { enterpriseImport } from './import/enterprise-import';
import { defineModule } from '../../platform/module-kit/module';
import { enterpriseFacts } from './enterprise.facts';
import { enterpriseTodos } from './enterprise.todos';
import { ENTERPRISE_MIGRATIONS } from './migrations/index';

/** The enterprise module: register, qualifications, cultivation pool, calculators, deadlines, 公示, Excel. */
export const enterpriseModule = defineModule({
  name: 'enterprise',
  migrations: ENTERPRISE_MIGRATIONS,
  async routes(app) {
    for (const routes of [
      enterpriseRoutes,
      yearlyRoutes,
      qualificationRoutes,
      cultivationPoolRoutes,
      assessmentRoutes,
      deadlineRoutes,
      noticeRoutes,
      enterpriseExportRoutes,
    ]) {
      await routes(app);
    }
  },
  async uploadRoutes(app) {
    registerExcelImport(app, enterpriseImport);
  },
  facts: enterpriseFacts,
  todos: enterpriseTodos,
  dailyJobs: [{ type: 'enterprise.deadline-reminders', title: '企业资质到期事项提醒' }],
});
