import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { defineModule } from '../../platform/module-kit/module';
import { awardFacts } from './award.facts';
import { competitionRoutes } from './competitions.routes';
import { entryRoutes } from './entries.routes';
import { awardExportRoutes } from './export.routes';
import { awardResultImport } from './import/award-result-import';
import { entryImport } from './import/entry-import';
import { AWARD_MIGRATIONS } from './migrations/index';
import { nominationRoutes } from './nominations.routes';
import { programmeRoutes } from './programmes.routes';
import { seedDemoAwards } from './seed-demo-awards';

/**
 * 奖励与赛事: award programmes and nominations (推荐 → 获奖 / 未获奖), competitions and entries (stages, awards),
 * the results and entries imports, the exports, the report facts and the demo county's records.
 */
export const awardModule = defineModule({
  name: 'award',
  migrations: AWARD_MIGRATIONS,
  async routes(app) {
    await programmeRoutes(app);
    await awardExportRoutes(app);
    await nominationRoutes(app);
    await competitionRoutes(app);
    await entryRoutes(app);
  },
  async uploadRoutes(app) {
    registerExcelImport(app, awardResultImport);
    registerExcelImport(app, entryImport);
  },
  facts: awardFacts,
  seedDemo: seedDemoAwards,
});
