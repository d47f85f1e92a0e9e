import { COMPETITION_STAGE_LABELS } from '@kechuang/domain';
import type { ExcelImportDefinition } from '../../../platform/excel-import/excel-import';
import { checkEntryImport, type CheckedEntryImport } from './check-entry-import';
import { commitEntryImport } from './commit-entry-import';
import { entryImportSpec } from './entry-import.columns';

/** 参赛记录 from Excel on the import kit: template, upload (validated by a job), preview, all rows in one transaction. */
export const entryImport: ExcelImportDefinition<null, CheckedEntryImport> = {
  type: 'award.entry-import',
  path: '/award/entries',
  access: 'award:import',
  tags: ['奖励与赛事'],
  label: '参赛记录',
  owner: async () => null,
  spec: (db) => entryImportSpec(db),
  check: (db, content, spec, user) => checkEntryImport(db, content, spec, user),
  preview: (checked) => ({
    toCreate: checked.rows.length,
    toAward: checked.rows.filter((r) => r.row.award).length,
    sample: checked.rows.slice(0, 20).map((r) => ({
      row: r.rowNumber,
      competitionName: r.competition.name,
      nominee: r.row.personName ? `${r.row.personName}（${r.row.unitName ?? ''}）` : r.row.unitName,
      stage: COMPETITION_STAGE_LABELS[r.row.stage],
    })),
  }),
  commit: (trx, actor, checked, file, _owner, progress) => commitEntryImport(trx, actor, checked.rows, file, progress),
};
