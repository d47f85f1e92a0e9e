import { APPLICATION_STATE_LABELS, yuanToWan, type ApplicationState } from '@kechuang/domain';
import type { ImportSpec } from '../../../platform/excel';
import type { ExcelImportDefinition } from '../../../platform/excel-import/excel-import';
import { checkProjectImport } from './check-project-import';
import { commitProjectImport, grantsOf, sumYuan } from './commit-project-import';
import { projectImportSpec } from './project-import.columns';

/** The labels of the template's dict columns, which the commit writes into each project's history. */
function dictLabels(spec: ImportSpec) {
  const options = (key: string) =>
    new Map((spec.columns.find((c) => c.key === key)?.options ?? []).map((o) => [o.value, o.label]));
  return { category: options('category'), level: options('level') };
}

async function check(...args: Parameters<typeof checkProjectImport>) {
  return { ...(await checkProjectImport(...args)), labels: dictLabels(args[2]) };
}

/** Historical projects from Excel (a re-import skips what is already there), on the import kit. */
export const projectImport: ExcelImportDefinition<null, Awaited<ReturnType<typeof check>>> = {
  type: 'project.import',
  path: '/applications',
  access: 'project:application:import',
  tags: ['项目·历史导入'],
  label: '历史项目',
  owner: async () => null,
  spec: (db) => projectImportSpec(db),
  check: (db, content, spec, user) => check(db, content, spec, user),
  preview: (checked) => ({
    toCreate: checked.rows.filter((r) => r.existingId === null).length,
    sample: checked.rows.slice(0, 20).map((r) => ({
      row: r.rowNumber,
      title: r.row.title,
      enterpriseName: r.enterprise.name,
      stateLabel: APPLICATION_STATE_LABELS[r.row.state as ApplicationState] ?? r.row.state,
      governmentWan: yuanToWan(sumYuan(grantsOf(r.row).map((g) => g.amount))),
      action: r.existingId === null ? '新增' : '已导入过，跳过',
    })),
  }),
  commit: (trx, actor, checked, file) => commitProjectImport(trx, actor, checked.rows, checked.labels, file),
};
