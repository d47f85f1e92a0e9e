import type { ExcelImportDefinition } from '../../../platform/excel-import/excel-import';
import { checkServiceEventImport, type CheckedServiceEventImport } from './check-service-event-import';
import { commitServiceEventImport } from './commit-service-event-import';
import { serviceEventImportSpec } from './service-event-import.columns';

/**
 * 科技服务活动 from Excel, on the import kit: template, upload (validated by a job), preview with row-level
 * problems, then all rows written in one transaction after the user confirms.
 */
export const serviceEventImport: ExcelImportDefinition<null, CheckedServiceEventImport> = {
  type: 'service-event.import',
  path: '/service-event/records',
  access: 'service-event:import',
  tags: ['科技服务活动'],
  label: '科技服务活动',
  owner: async () => null,
  spec: (db) => serviceEventImportSpec(db),
  check: (db, content, spec, user) => checkServiceEventImport(db, content, spec, user),
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
    commitServiceEventImport(trx, actor, checked.rows, file, progress),
};
