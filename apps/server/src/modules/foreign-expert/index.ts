import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { defineModule } from '../../platform/module-kit/module';
import { foreignExpertFacts } from './foreign-expert.facts';
import { foreignExpertExportRoutes } from './export.routes';
import { foreignExpertImport } from './import/foreign-expert-import';
import { FOREIGN_EXPERT_MIGRATIONS } from './migrations/index';
import { foreignExpertRoutes } from './records.routes';

/** 外国专家: one register (list, detail, create, edit), its Excel import and export, and its report facts. */
export const foreignExpertModule = defineModule({
  name: 'foreign-expert',
  migrations: FOREIGN_EXPERT_MIGRATIONS,
  async routes(app) {
    await foreignExpertRoutes(app);
    await foreignExpertExportRoutes(app);
  },
  async uploadRoutes(app) {
    registerExcelImport(app, foreignExpertImport);
  },
  facts: foreignExpertFacts,
});
