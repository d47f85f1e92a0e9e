import type { ExcelImportDefinition } from '../../../platform/excel-import/excel-import';
import { checkAwardImport, type CheckedAwardImport } from './check-award-import';
import { commitAwardImport } from './commit-award-import';
import { awardImportSpec } from './award-import.columns';

/**
 * 奖励与赛事 from Excel, on the import kit: template, upload (validated by a job), preview with row-level
 * problems, then all rows written in one transaction after the user confirms.
 */
export const awardImport: ExcelImportDefinition<null, CheckedAwardImport> = {
  type: 'award.import',
  path: '/award/records',
  access: 'award:import',
  tags: ['奖励与赛事'],
  label: '奖励与赛事',
  owner: async () => null,
  spec: (db) => awardImportSpec(db),
  check: (db, content, spec, user) => checkAwardImport(db, content, spec, user),
  preview: (checked) => ({
    toCreate: checked.rows.length,
    sample: checked.rows.slice(0, 20).map((r) => ({
      row: r.rowNumber,
      name: r.row.name,
      recordedOn: r.row.recordedOn,
      regionCode: r.regionCode,
    })),
  }),
  commit: (trx, actor, checked, file, _owner, progress) => commitAwardImport(trx, actor, checked.rows, file, progress),
};
