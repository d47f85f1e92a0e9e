import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { defineModule } from '../../platform/module-kit/module';
import { techPlatformFacts } from './tech-platform.facts';
import { techPlatformExportRoutes } from './export.routes';
import { techPlatformImport } from './import/tech-platform-import';
import { TECH_PLATFORM_MIGRATIONS } from './migrations/index';
import { techPlatformRoutes } from './records.routes';

/** 创新平台: one register (list, detail, create, edit), its Excel import and export, and its report facts. */
export const techPlatformModule = defineModule({
  name: 'tech-platform',
  migrations: TECH_PLATFORM_MIGRATIONS,
  async routes(app) {
    await techPlatformRoutes(app);
    await techPlatformExportRoutes(app);
  },
  async uploadRoutes(app) {
    registerExcelImport(app, techPlatformImport);
  },
  facts: techPlatformFacts,
});
