import type { ExcelImportDefinition } from '../../../platform/excel-import/excel-import';
import { checkForeignExpertImport, type CheckedForeignExpertImport } from './check-foreign-expert-import';
import { commitForeignExpertImport } from './commit-foreign-expert-import';
import { foreignExpertImportSpec } from './foreign-expert-import.columns';

/**
 * 外国专家 from Excel, on the import kit: template, upload (validated by a job), preview with row-level
 * problems, then all rows written in one transaction after the user confirms.
 */
export const foreignExpertImport: ExcelImportDefinition<null, CheckedForeignExpertImport> = {
  type: 'foreign-expert.import',
  path: '/foreign-expert/records',
  access: 'foreign-expert:import',
  tags: ['外国专家'],
  label: '外国专家',
  owner: async () => null,
  spec: (db) => foreignExpertImportSpec(db),
  check: (db, content, spec, user) => checkForeignExpertImport(db, content, spec, user),
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
    commitForeignExpertImport(trx, actor, checked.rows, file, progress),
};
