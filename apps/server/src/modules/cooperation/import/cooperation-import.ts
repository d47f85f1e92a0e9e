import type { ExcelImportDefinition } from '../../../platform/excel-import/excel-import';
import { checkCooperationImport, type CheckedCooperationImport } from './check-cooperation-import';
import { commitCooperationImport } from './commit-cooperation-import';
import { cooperationImportSpec } from './cooperation-import.columns';

/**
 * 院地院企合作 from Excel, on the import kit: template, upload (validated by a job), preview with row-level
 * problems, then all rows written in one transaction after the user confirms.
 */
export const cooperationImport: ExcelImportDefinition<null, CheckedCooperationImport> = {
  type: 'cooperation.import',
  path: '/cooperation/records',
  access: 'cooperation:import',
  tags: ['院地院企合作'],
  label: '院地院企合作',
  owner: async () => null,
  spec: (db) => cooperationImportSpec(db),
  check: (db, content, spec, user) => checkCooperationImport(db, content, spec, user),
  preview: (checked) => ({
    toCreate: checked.rows.length,
    sample: checked.rows.slice(0, 20).map((r) => ({
      row: r.rowNumber,
      name: r.row.name,
      recordedOn: r.row.recordedOn,
      regionCode: r.regionCode,
    })),
  }),
  commit: (trx, actor, checked, file, _owner, progress) =>
    commitCooperationImport(trx, actor, checked.rows, file, progress),
};
