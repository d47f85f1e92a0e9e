import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { defineModule } from '../../platform/module-kit/module';
import { storageFor } from '../../platform/storage/storage';
import { achievementFacts } from './achievement.facts';
import { seedAchievementDemo } from './achievement.seed-demo';
import { achievementExportRoutes } from './export.routes';
import { achievementImport } from './import/achievement-import';
import { ACHIEVEMENT_MIGRATIONS } from './migrations/index';
import { achievementMoveRoutes } from './moves.routes';
import { achievementRoutes } from './records.routes';
import { ACHIEVEMENT_ATTACHMENTS } from './achievement-attachments';

/**
 * 科技成果登记 (docs/rules.md §5.3): the registration form with its evidence files, the workflow 草稿 → 已提交 →
 * 县级审核 → 已登记 (登记号) → 撤销, the historic import and the export, the report facts and the demo registrations.
 */
export const achievementModule = defineModule({
  name: 'achievement',
  migrations: ACHIEVEMENT_MIGRATIONS,
  async routes(app) {
    await achievementRoutes(app);
    await achievementMoveRoutes(app);
    await achievementExportRoutes(app);
  },
  async uploadRoutes(app) {
    registerExcelImport(app, achievementImport);
  },
  facts: achievementFacts,
  attachments: [ACHIEVEMENT_ATTACHMENTS],
  seedDemo: (trx, actor) => seedAchievementDemo(trx, storageFor(trx), actor),
});
