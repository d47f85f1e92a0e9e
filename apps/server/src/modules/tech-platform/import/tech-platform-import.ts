import type { ExcelImportDefinition } from '../../../platform/excel-import/excel-import';
import { checkTechPlatformImport, type CheckedTechPlatformImport } from './check-tech-platform-import';
import { commitTechPlatformImport } from './commit-tech-platform-import';
import { techPlatformImportSpec } from './tech-platform-import.columns';

/**
 * 创新平台 from Excel, on the import kit: template (kind, level and status as dropdowns), upload (validated by a
 * job), preview with row-level problems, then all rows written in one transaction after the user confirms.
 */
export const techPlatformImport: ExcelImportDefinition<null, CheckedTechPlatformImport> = {
  type: 'tech-platform.import',
  path: '/tech-platform/platforms',
  access: 'tech-platform:import',
  tags: ['创新平台'],
  label: '创新平台',
  owner: async () => null,
  spec: (db) => techPlatformImportSpec(db),
  check: (db, content, spec, user) => checkTechPlatformImport(db, content, spec, user),
  preview: (checked) => ({
    toCreate: checked.rows.length,
    sample: checked.rows.slice(0, 20).map((r) => ({
      row: r.rowNumber,
      name: r.row.name,
      kind: r.row.kind,
      status: r.row.status,
      operator: r.row.operator,
      inRegister: r.enterpriseId !== null,
      regionCode: r.regionCode,
    })),
  }),
  commit: (trx, actor, checked, file, _owner, progress) =>
    commitTechPlatformImport(trx, actor, checked.rows, file, progress),
};
