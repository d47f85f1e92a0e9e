import type { Kysely } from 'kysely';
import { RD_FIGURE_FIELDS } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { ImportSpec } from '../../../platform/excel';
import { getIntParam } from '../../../platform/params/params.repository';
import { REGISTER_CREDIT_CODE_COLUMN } from '../../enterprise/import/register-credit-code-column';

/** The statistics office's sheet for a task: one row per unit, keyed by credit code, the form's figures as columns. */
export async function rdImportSpec(db: Kysely<DB>, task: { title: string; period: string }): Promise<ImportSpec> {
  const [maxRows, maxMb] = await Promise.all([
    getIntParam(db, 'system.import_max_rows'),
    getIntParam(db, 'system.upload_max_mb'),
  ]);
  return {
    title: `研发经费导入模板（${task.title}）`,
    sheetName: '研发经费',
    maxRows,
    maxBytes: maxMb * 1024 * 1024,
    instructions: [
      `本表用于导入“${task.title}”（统计期间 ${task.period}）各单位的研发经费数据，一行一个单位，按统一社会信用代码对应任务中的填报单位。`,
      '金额单位为元，最多两位小数；人数填整数。不在本任务中的单位、已审核通过的单位不能导入。',
      '按费用类别（人员劳务费、原材料费、折旧费与长期待摊费用、仪器和设备购置费、其他费用）之和、按资金来源（企业自有、政府、其他资金）之和均应等于研发经费内部支出合计。',
      '核查出的提示（如研发经费大于营业收入、较上期变动过大）须在“情况说明”列写明原因。',
      '整个文件在同一事务中导入：有任何错误行时一行也不写入；导入后各单位状态为“已提交”，由业务人员审核。',
    ],
    columns: [
      REGISTER_CREDIT_CODE_COLUMN,
      { key: 'enterpriseName', header: '单位名称', required: false, kind: 'text', width: 30, note: '仅供核对，不导入' },
      ...RD_FIGURE_FIELDS.map((f) => ({
        key: f.key,
        header: f.kind === 'money' ? `${f.label}（元）` : `${f.label}（人）`,
        required: f.requiredOnSubmit,
        kind: f.kind === 'money' ? ('decimal' as const) : ('integer' as const),
        width: 16,
        example: f.kind === 'money' ? '1234567.89' : '12',
      })),
      { key: 'explanation', header: '情况说明', required: false, kind: 'text', width: 40 },
    ],
  };
}
