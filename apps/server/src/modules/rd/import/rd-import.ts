import { AppError, notFound } from '../../../platform/errors';
import type { ExcelImportDefinition } from '../../../platform/excel-import/excel-import';
import { assertTaskInScope, rdRegionScope } from '../rd.policy';
import { findTask, type RdTaskRow } from '../rd-task.repository';
import { checkRdImport } from './check-rd-import';
import { commitRdImport } from './commit-rd-import';
import { rdImportSpec } from './rd-import.columns';

type Checked = Awaited<ReturnType<typeof checkRdImport>>;

async function taskById(db: Parameters<typeof findTask>[0], id: number): Promise<RdTaskRow> {
  const task = await findTask(db, id);
  if (!task) throw notFound('填报任务');
  return task;
}

/** The statistics office's sheet for a task, one row per unit: template → upload → confirm, on the import kit. */
export const rdImport: ExcelImportDefinition<RdTaskRow, Checked> = {
  type: 'rd.import',
  path: '/rd/tasks/:id',
  ownerParam: true,
  access: 'rd:task:manage',
  tags: ['研发经费·导入导出'],
  label: '研发经费',
  async owner(db, auth, id) {
    const task = await taskById(db, id!);
    assertTaskInScope(rdRegionScope(auth), task);
    return task;
  },
  ownerById: taskById,
  ownerId: (task) => task.id,
  regionCode: (task) => task.region_code,
  assertOpen(task) {
    if (task.status !== 'open') throw new AppError('CONFLICT', '只有填报中的任务可以导入数据，未写入任何数据');
  },
  templateFileName: (task) => `研发经费导入模板-${task.period}.xlsx`,
  spec: (db, task) => rdImportSpec(db, task),
  check: (db, content, spec, _user, task) => checkRdImport(db, content, spec, task.id),
  preview: (checked) => ({
    sample: checked.rows.slice(0, 20).map((r) => ({
      row: r.rowNumber,
      enterpriseName: r.enterpriseName,
      internalTotal: r.figures.internalTotal ?? null,
    })),
  }),
  commit: (trx, actor, checked, file) => commitRdImport(trx, actor, checked.rows, file),
};
