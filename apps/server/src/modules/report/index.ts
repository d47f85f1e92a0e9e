import { defineModule, type ServerModule } from '../../platform/module-kit/module';
import { reportExportRoutes } from './export.routes';
import { REPORT_MIGRATIONS } from './migrations/index';
import { reportRoutes } from './reports.routes';
import { seedDemoReport } from './seed-demo-report';
import { reportSettingsRoutes } from './settings.routes';
import { templateRoutes } from './templates.routes';

/**
 * 工作总结 (issue 19): templates with fact placeholders, reports generated from every module's report facts for a
 * region and period (a job), staff edits kept across re-generation, redaction, 定稿 with a hash and new versions.
 * `modules` is the product's module list, read when a report is generated (this module is one of them).
 */
export function reportModule(modules: () => readonly ServerModule[]): ServerModule {
  return defineModule({
    name: 'report',
    migrations: REPORT_MIGRATIONS,
    async routes(app) {
      await templateRoutes(app);
      await reportSettingsRoutes(app);
      await reportRoutes(app, modules);
      await reportExportRoutes(app);
    },
    seedDemo: seedDemoReport,
  });
}
