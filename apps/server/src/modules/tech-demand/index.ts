import { defineModule } from '../../platform/module-kit/module';
import { techDemandCallRoutes } from './calls.routes';
import { techDemandRoutes } from './demands.routes';
import { techDemandExportRoutes } from './export.routes';
import { TECH_DEMAND_MIGRATIONS } from './migrations/index';
import { techDemandFacts } from './tech-demand.facts';
import { techDemandTodos } from './tech-demand.todos';
import { seedDemoTechDemand } from './seed-demo-tech-demand';
import { techDemandPublicRoutes } from './public.routes';
import { techDemandReviewRoutes } from './review/review.routes';

/** 揭榜挂帅 (docs/rules.md §5.2): the demand pool, calls, 论证, publication and their report facts. */
export const techDemandModule = defineModule({
  name: 'tech-demand',
  migrations: TECH_DEMAND_MIGRATIONS,
  async routes(app) {
    await techDemandExportRoutes(app);
    await techDemandCallRoutes(app);
    await techDemandRoutes(app);
    await techDemandReviewRoutes(app);
    await techDemandPublicRoutes(app);
  },
  facts: techDemandFacts,
  todos: techDemandTodos,
  seedDemo: seedDemoTechDemand,
});
