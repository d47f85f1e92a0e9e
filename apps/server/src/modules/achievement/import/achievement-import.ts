import type { ExcelImportDefinition } from '../../../platform/excel-import/excel-import';
import { achievementImportSpec } from './achievement-import.columns';
import { checkAchievementImport, type CheckedAchievementImport } from './check-achievement-import';
import { commitAchievementImport } from './commit-achievement-import';

/**
 * Historic 科技成果登记 from Excel, on the import kit: template, upload (validated by a job), preview with row-level
 * problems, then all rows written as 已登记 in one transaction after the user confirms.
 */
export const achievementImport: ExcelImportDefinition<null, CheckedAchievementImport> = {
  type: 'achievement.import',
  path: '/achievement/records',
  access: 'achievement:import',
  tags: ['科技成果登记'],
  label: '历史科技成果登记',
  owner: async () => null,
  spec: (db) => achievementImportSpec(db),
  check: (db, content, spec, user) => checkAchievementImport(db, content, spec, user),
  preview: (checked) => ({
    toCreate: checked.rows.length,
    sample: checked.rows.slice(0, 20).map((r) => ({
      row: r.rowNumber,
      name: r.row.name,
      firstUnitName: r.unit.name,
      registrationNo: r.row.registrationNo,
      registeredOn: r.row.registeredOn,
    })),
  }),
  commit: (trx, actor, checked, file, _owner, progress) =>
    commitAchievementImport(trx, actor, checked.rows, file, progress),
};
