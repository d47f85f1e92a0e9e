import { defineModule } from '../../platform/module-kit/module';
import { attendeeRoutes } from './attendees.routes';
import { EVENT_ATTACHMENTS } from './event-attachments';
import { serviceEventRoutes } from './events.routes';
import { serviceEventExportRoutes } from './export.routes';
import { SERVICE_EVENT_MIGRATIONS } from './migrations/index';
import { seedDemoServiceEvents } from './seed-demo-service-events';
import { serviceEventFacts } from './service-event.facts';

/**
 * 科技服务活动 (docs/rules.md §5.7): events and trainings (计划 → 已举办 | 取消), their attendees (enterprises of the
 * register, commissioners of the roster, named persons) and counts, materials and photos (attachments kit), the 科普基地 open days, the export, the report
 * facts and the demo county's 2022 H1 events.
 */
export const serviceEventModule = defineModule({
  name: 'service-event',
  migrations: SERVICE_EVENT_MIGRATIONS,
  async routes(app) {
    await serviceEventRoutes(app);
    await attendeeRoutes(app);
    await serviceEventExportRoutes(app);
  },
  attachments: [EVENT_ATTACHMENTS],
  facts: serviceEventFacts,
  seedDemo: seedDemoServiceEvents,
});
