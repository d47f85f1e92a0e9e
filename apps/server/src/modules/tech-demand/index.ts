import { defineModule } from '../../platform/module-kit/module';
import { TECH_DEMAND_BID_ATTACHMENTS } from './bid/bid-attachments';
import { techDemandBidRoutes } from './bid/bid.routes';
import { techDemandBidTodos } from './bid/bid-todos';
import { seedDemoBids } from './bid/seed-demo-bids';
import { techDemandCallRoutes } from './calls.routes';
import { techDemandRoutes } from './demands.routes';
import { DEMAND_ATTACHMENTS } from './demand-attachments';
import { techDemandExportRoutes } from './export.routes';
import { TECH_DEMAND_MIGRATIONS } from './migrations/index';
import { techDemandFacts } from './tech-demand.facts';
import { techDemandTodos } from './tech-demand.todos';
import { seedDemoTechDemand } from './seed-demo-tech-demand';
import { techDemandPublicRoutes } from './public.routes';
import { techDemandReviewRoutes } from './review/review.routes';

/**
 * 揭榜挂帅 (docs/rules.md §5.2): the demand pool, calls, 论证, publication, 揭榜 applications, the choice and its 公示,
 * contracts with milestones, acceptance, and their report facts.
 */
export const techDemandModule = defineModule({
  name: 'tech-demand',
  migrations: TECH_DEMAND_MIGRATIONS,
  async routes(app) {
    await techDemandExportRoutes(app);
    await techDemandCallRoutes(app);
    await techDemandRoutes(app);
    await techDemandReviewRoutes(app);
    await techDemandPublicRoutes(app);
    await techDemandBidRoutes(app);
  },
  facts: techDemandFacts,
  attachments: [DEMAND_ATTACHMENTS, ...TECH_DEMAND_BID_ATTACHMENTS],
  async todos(db, auth) {
    return [...(await techDemandTodos(db, auth)), ...(await techDemandBidTodos(db, auth))];
  },
  async seedDemo(trx, actor, demo) {
    await seedDemoTechDemand(trx, actor, demo);
    // The 揭榜, contract and milestones of the demand the call published.
    await seedDemoBids(trx, actor, demo);
  },
});
