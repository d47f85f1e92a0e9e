import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';
import type { ImportSpec } from '../../../platform/excel';
import { getIntParam } from '../../../platform/params/params.repository';

/** The import sheet: one column per field of ZLiaisonImportRow, with the system's row and size limits. */
export async function liaisonImportSpec(db: Kysely<DB>): Promise<ImportSpec> {
  const [maxRows, maxMb] = await Promise.all([
    getIntParam(db, 'system.import_max_rows'),
    getIntParam(db, 'system.upload_max_mb'),
  ]);
  return {
    title: '干部包企业导入模板',
    sheetName: '干部包企业',
    maxRows,
    maxBytes: maxMb * 1024 * 1024,
    instructions: [
      '每行新增一条干部包企业记录。',
      '带 * 的列必填；所属县区填 6 位区划代码，不填时为您所在的县区；金额单位为元。',
      '整个文件在同一事务中导入：有任何错误行时一行也不写入，请按错误报告修改后重新上传。',
    ],
    columns: [
      { key: 'name', header: '名称', required: true, kind: 'text', width: 32, example: '干部包企业示例' },
      { key: 'recordedOn', header: '登记日期', required: true, kind: 'date', example: '2022-03-15' },
      { key: 'amount', header: '金额（元）', required: false, kind: 'decimal', example: '125000.00' },
      { key: 'remark', header: '备注', required: false, kind: 'text', width: 40 },
      { key: 'regionCode', header: '所属县区', required: false, kind: 'code', note: '6 位区划代码，如 621122' },
    ],
  };
}
