import { defineModule } from '../../platform/module-kit/module';
import { TECH_DEMAND_BID_ATTACHMENTS } from './bid/bid-attachments';
import { techDemandBidRoutes } from './bid/bid.routes';
import { techDemandBidTodos } from './bid/bid-todos';
import { seedDemoBids } from './bid/seed-demo-bids';
import { techDemandCallRoutes } from './calls.routes';
import { techDemandRoutes } from './demands.routes';
import { techDemandExportRoutes } from './export.routes';
import { TECH_DEMAND_MIGRATIONS } from './migrations/index';
import { techDemandFacts } from './tech-demand.facts';

/** 揭榜挂帅 (docs/rules.md §5.2): the demand pool, calls, 论证, publication and their report facts. */
export const techDemandModule = defineModule({
  name: 'tech-demand',
  migrations: TECH_DEMAND_MIGRATIONS,
  async routes(app) {
    await techDemandExportRoutes(app);
    await techDemandCallRoutes(app);
    await techDemandRoutes(app);
    await techDemandBidRoutes(app);
  },
  facts: techDemandFacts,
  attachments: TECH_DEMAND_BID_ATTACHMENTS,
  todos: techDemandBidTodos,
  seedDemo: seedDemoBids,
});
