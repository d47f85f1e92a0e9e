import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { defineModule } from '../../platform/module-kit/module';
import { commissionerFacts } from './commissioner.facts';
import { commissionerExportRoutes } from './export.routes';
import { commissionerImport } from './import/commissioner-import';
import { COMMISSIONER_MIGRATIONS } from './migrations/index';
import { commissionerMatchingRoutes } from './matching/index';
import { commissionerRoutes } from './records.routes';

/** 科技特派员: one register (list, detail, create, edit), its Excel import and export, and its report facts. */
export const commissionerModule = defineModule({
  name: 'commissioner',
  migrations: COMMISSIONER_MIGRATIONS,
  async routes(app) {
    await commissionerRoutes(app);
    await commissionerExportRoutes(app);
    await commissionerMatchingRoutes(app);
  },
  async uploadRoutes(app) {
    registerExcelImport(app, commissionerImport);
  },
  facts: commissionerFacts,
});
