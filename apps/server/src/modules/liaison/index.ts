import { registerExcelImport } from '../../platform/excel-import/register-excel-import';
import { defineModule } from '../../platform/module-kit/module';
import { liaisonFacts } from './liaison.facts';
import { liaisonExportRoutes } from './export.routes';
import { liaisonImport } from './import/liaison-import';
import { LIAISON_MIGRATIONS } from './migrations/index';
import { liaisonRoutes } from './records.routes';

/** 干部包企业: one register (list, detail, create, edit), its Excel import and export, and its report facts. */
export const liaisonModule = defineModule({
  name: 'liaison',
  migrations: LIAISON_MIGRATIONS,
  async routes(app) {
    await liaisonRoutes(app);
    await liaisonExportRoutes(app);
  },
  async uploadRoutes(app) {
    registerExcelImport(app, liaisonImport);
  },
  facts: liaisonFacts,
});
