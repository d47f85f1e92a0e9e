import type { ExcelImportDefinition } from '../../../platform/excel-import/excel-import';
import { checkLiaisonImport, type CheckedLiaisonImport } from './check-liaison-import';
import { commitLiaisonImport } from './commit-liaison-import';
import { liaisonImportSpec } from './liaison-import.columns';

/**
 * 干部包企业 from Excel, on the import kit: template, upload (validated by a job), preview with row-level
 * problems, then all rows written in one transaction after the user confirms.
 */
export const liaisonImport: ExcelImportDefinition<null, CheckedLiaisonImport> = {
  type: 'liaison.import',
  path: '/liaison/records',
  access: 'liaison:import',
  tags: ['干部包企业'],
  label: '干部包企业',
  owner: async () => null,
  spec: (db) => liaisonImportSpec(db),
  check: (db, content, spec, user) => checkLiaisonImport(db, content, spec, user),
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
    commitLiaisonImport(trx, actor, checked.rows, file, progress),
};
