import type { ExcelImportDefinition } from '../../../platform/excel-import/excel-import';
import { checkCoopProjectImport, type CheckedCoopProjectImport } from './check-coop-project-import';
import { commitCoopProjectImport } from './commit-coop-project-import';
import { coopProjectImportSpec } from './coop-project-import.columns';

/**
 * 合作项目 from Excel, on the import kit: template, upload (validated by a job), preview with row-level
 * problems, then all rows written in one transaction after the user confirms.
 */
export const coopProjectImport: ExcelImportDefinition<null, CheckedCoopProjectImport> = {
  type: 'cooperation.import',
  path: '/cooperation/projects',
  access: 'cooperation:import',
  tags: ['院地院企合作'],
  label: '合作项目',
  owner: async () => null,
  spec: (db) => coopProjectImportSpec(db),
  check: (db, content, spec, user) => checkCoopProjectImport(db, content, spec, user),
  preview: (checked) => ({
    toCreate: checked.rows.length,
    sample: checked.rows.slice(0, 20).map((r) => ({
      row: r.rowNumber,
      name: r.row.name,
      enterprise: r.enterprise.name,
      partner: r.partner.name,
      startOn: r.row.startOn,
      regionCode: r.regionCode,
    })),
  }),
  commit: (trx, actor, checked, file, _owner, progress) =>
    commitCoopProjectImport(trx, actor, checked.rows, file, progress),
};
