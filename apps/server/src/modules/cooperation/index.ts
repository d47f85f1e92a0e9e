import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { defineModule } from '../../platform/module-kit/module';
import { cooperationFacts } from './cooperation.facts';
import { cooperationExportRoutes } from './export.routes';
import { cooperationImport } from './import/cooperation-import';
import { COOPERATION_MIGRATIONS } from './migrations/index';
import { cooperationRoutes } from './records.routes';

/** 院地院企合作: one register (list, detail, create, edit), its Excel import and export, and its report facts. */
export const cooperationModule = defineModule({
  name: 'cooperation',
  migrations: COOPERATION_MIGRATIONS,
  async routes(app) {
    await cooperationRoutes(app);
    await cooperationExportRoutes(app);
  },
  async uploadRoutes(app) {
    registerExcelImport(app, cooperationImport);
  },
  facts: cooperationFacts,
});
