import type { ExcelImportDefinition } from '../../../platform/excel-import/excel-import';
import { checkCommissionerImport, type CheckedCommissionerImport } from './check-commissioner-import';
import { commitCommissionerImport } from './commit-commissioner-import';
import { commissionerImportSpec } from './commissioner-import.columns';

/**
 * 科技特派员 from Excel (state 已申请), on the import kit: template, upload (validated by a job), preview with row-level
 * problems, then all rows written in one transaction after the user confirms.
 */
export const commissionerImport: ExcelImportDefinition<null, CheckedCommissionerImport> = {
  type: 'commissioner.import',
  path: '/commissioner/roster',
  access: 'commissioner:import',
  tags: ['科技特派员'],
  label: '科技特派员',
  owner: async () => null,
  spec: (db) => commissionerImportSpec(db),
  check: (db, content, spec, user) => checkCommissionerImport(db, content, spec, user),
  preview: (checked) => ({
    toCreate: checked.rows.length,
    sample: checked.rows.slice(0, 20).map((r) => ({
      row: r.rowNumber,
      name: r.row.name,
      level: r.row.level,
      batch: r.row.batch,
      unitName: r.row.unitName,
      regionCode: r.regionCode,
    })),
  }),
  commit: (trx, actor, checked, file, _owner, progress) =>
    commitCommissionerImport(trx, actor, checked.rows, file, progress),
};
