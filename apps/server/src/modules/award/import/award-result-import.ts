import { NOMINATION_STATE_LABELS } from '@kechuang/domain';
import type { ExcelImportDefinition } from '../../../platform/excel-import/excel-import';
import { awardResultImportSpec } from './award-result-import.columns';
import { checkAwardResultImport, type CheckedResultImport } from './check-award-result-import';
import { commitAwardResultImport } from './commit-award-result-import';

/**
 * 推荐与获奖结果 from Excel (the sheets bureaus collect), on the import kit: template, upload (validated by a job),
 * preview with row-level problems, then every row written in one transaction after the user confirms.
 */
export const awardResultImport: ExcelImportDefinition<null, CheckedResultImport> = {
  type: 'award.import',
  path: '/award/nominations',
  access: 'award:import',
  tags: ['奖励与赛事'],
  label: '推荐与获奖结果',
  owner: async () => null,
  spec: (db) => awardResultImportSpec(db),
  check: (db, content, spec, user) => checkAwardResultImport(db, content, spec, user),
  preview: (checked) => ({
    toCreate: checked.rows.filter((r) => !r.existing).length,
    toResult: checked.rows.filter((r) => r.existing).length,
    toAward: checked.rows.filter((r) => r.row.state === 'awarded').length,
    sample: checked.rows.slice(0, 20).map((r) => ({
      row: r.rowNumber,
      programmeName: r.programme.name,
      nominee: r.row.personName ? `${r.row.personName}（${r.row.unitName ?? ''}）` : r.row.unitName,
      state: NOMINATION_STATE_LABELS[r.row.state],
      grade: r.row.grade ?? null,
      action: r.existing ? '登记结果' : '新增推荐',
    })),
  }),
  commit: (trx, actor, checked, file, _owner, progress) =>
    commitAwardResultImport(trx, actor, checked.rows, file, progress),
};
