import { defineModule } from '../../platform/module-kit/module';
import { INDICATOR_MIGRATIONS } from './migrations/index';
import { indicatorReadingRoutes } from './readings.routes';
import { seedDemoIndicator } from './seed-demo-indicator';
import { indicatorTargetRoutes } from './targets.routes';
import { indicatorTemplateRoutes } from './templates.routes';
import { VALUE_ATTACHMENTS } from './value-attachments';
import { indicatorValueRoutes } from './values.routes';

/**
 * Indicators and targets (issue 18): versioned templates of indicators computed from the modules' report facts
 * or entered by hand with their source, targets set by the region above, and the readings — 完成率 against
 * 序时进度, the change on last year and the rank among sibling regions — that the dashboard shows.
 */
export const indicatorModule = defineModule({
  name: 'indicator',
  migrations: INDICATOR_MIGRATIONS,
  async routes(app) {
    await indicatorReadingRoutes(app);
    await indicatorTemplateRoutes(app);
    await indicatorTargetRoutes(app);
    await indicatorValueRoutes(app);
  },
  attachments: [VALUE_ATTACHMENTS],
  seedDemo: (trx, actor) => seedDemoIndicator(trx, actor),
});
