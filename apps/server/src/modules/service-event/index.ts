import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { defineModule } from '../../platform/module-kit/module';
import { serviceEventFacts } from './service-event.facts';
import { serviceEventExportRoutes } from './export.routes';
import { serviceEventImport } from './import/service-event-import';
import { SERVICE_EVENT_MIGRATIONS } from './migrations/index';
import { serviceEventRoutes } from './records.routes';

/** 科技服务活动: one register (list, detail, create, edit), its Excel import and export, and its report facts. */
export const serviceEventModule = defineModule({
  name: 'service-event',
  migrations: SERVICE_EVENT_MIGRATIONS,
  async routes(app) {
    await serviceEventRoutes(app);
    await serviceEventExportRoutes(app);
  },
  async uploadRoutes(app) {
    registerExcelImport(app, serviceEventImport);
  },
  facts: serviceEventFacts,
});
