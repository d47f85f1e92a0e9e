import { defineModule } from '../../platform/module-kit/module';
import { expertRoutes } from './experts.routes';
import { foreignExpertExportRoutes } from './export.routes';
import { foreignExpertFacts } from './foreign-expert.facts';
import { FOREIGN_EXPERT_MIGRATIONS } from './migrations/index';
import { seedDemoForeignExperts } from './seed-demo-foreign-experts';
import { VISIT_ATTACHMENTS } from './visit-attachments';
import { visitRoutes } from './visits.routes';

/** 外国专家 (docs/rules.md §5.7): expert profiles, visits and guidance, the region's 引智基地, report facts, demo. */
export const foreignExpertModule = defineModule({
  name: 'foreign-expert',
  migrations: FOREIGN_EXPERT_MIGRATIONS,
  async routes(app) {
    await expertRoutes(app);
    await foreignExpertExportRoutes(app);
    await visitRoutes(app);
  },
  attachments: [VISIT_ATTACHMENTS],
  facts: foreignExpertFacts,
  seedDemo: seedDemoForeignExperts,
});
