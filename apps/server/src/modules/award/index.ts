import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { defineModule } from '../../platform/module-kit/module';
import { awardFacts } from './award.facts';
import { awardExportRoutes } from './export.routes';
import { awardImport } from './import/award-import';
import { AWARD_MIGRATIONS } from './migrations/index';
import { awardRoutes } from './records.routes';

/** 奖励与赛事: one register (list, detail, create, edit), its Excel import and export, and its report facts. */
export const awardModule = defineModule({
  name: 'award',
  migrations: AWARD_MIGRATIONS,
  async routes(app) {
    await awardRoutes(app);
    await awardExportRoutes(app);
  },
  async uploadRoutes(app) {
    registerExcelImport(app, awardImport);
  },
  facts: awardFacts,
});
