import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { defineModule } from '../../platform/module-kit/module';
import { achievementFacts } from './achievement.facts';
import { achievementExportRoutes } from './export.routes';
import { achievementImport } from './import/achievement-import';
import { ACHIEVEMENT_MIGRATIONS } from './migrations/index';
import { achievementRoutes } from './records.routes';

/** 科技成果登记: one register (list, detail, create, edit), its Excel import and export, and its report facts. */
export const achievementModule = defineModule({
  name: 'achievement',
  migrations: ACHIEVEMENT_MIGRATIONS,
  async routes(app) {
    await achievementRoutes(app);
    await achievementExportRoutes(app);
  },
  async uploadRoutes(app) {
    registerExcelImport(app, achievementImport);
  },
  facts: achievementFacts,
});
