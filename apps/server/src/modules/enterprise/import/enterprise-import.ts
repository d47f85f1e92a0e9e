import type { ExcelImportDefinition } from '../../../platform/excel-import/excel-import';
import { checkEnterpriseImport } from './check-enterprise-import';
import { commitEnterpriseImport } from './commit-enterprise-import';
import { enterpriseImportSpec } from './enterprise-import.columns';

type Checked = Awaited<ReturnType<typeof checkEnterpriseImport>>;

/** The register from Excel (new enterprises and updates by credit code), on the import kit. */
export const enterpriseImport: ExcelImportDefinition<null, Checked> = {
  type: 'enterprise.import',
  path: '/enterprises',
  access: 'enterprise:import',
  tags: ['企业导入导出'],
  label: '企业信息',
  owner: async () => null,
  spec: (db, _owner, user) => enterpriseImportSpec(db, user.scopePrefix),
  check: (db, content, spec, user) => checkEnterpriseImport(db, content, spec, user),
  preview: (checked) => ({
    toCreate: checked.rows.filter((r) => !r.existing).length,
    toUpdate: checked.rows.filter((r) => r.existing).length,
    sample: checked.rows.slice(0, 20).map((r) => ({
      row: r.rowNumber,
      name: r.row.name,
      creditCode: r.creditCode,
      action: r.existing ? '更新' : '新增',
    })),
  }),
  commit: (trx, actor, checked, file, _owner, progress) =>
    commitEnterpriseImport(trx, actor, checked.rows, file, progress),
};
