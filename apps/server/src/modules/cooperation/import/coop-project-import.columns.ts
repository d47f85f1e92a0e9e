import type { Kysely } from 'kysely';
import { COOPERATION_DICTS } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { ImportSpec } from '../../../platform/excel';
import { getIntParam } from '../../../platform/params/params.repository';
import { REGISTER_CREDIT_CODE_COLUMN } from '../../enterprise/import/register-credit-code-column';

const money = (key: string, header: string) => ({
  key,
  header: `${header}（元）`,
  required: false,
  kind: 'decimal' as const,
  width: 14,
  example: '200000.00',
});

/** The projects sheet: one row per cooperation project; 合作领域 from the dictionary as a dropdown. */
export async function coopProjectImportSpec(db: Kysely<DB>): Promise<ImportSpec> {
  const [fields, maxRows, maxMb] = await Promise.all([
    db
      .selectFrom('dict_item')
      .select(['value', 'label'])
      .where('type_code', '=', COOPERATION_DICTS.field)
      .where('status', '=', 'active')
      .orderBy('sort')
      .execute(),
    getIntParam(db, 'system.import_max_rows'),
    getIntParam(db, 'system.upload_max_mb'),
  ]);
  return {
    title: '合作项目导入模板',
    sheetName: '合作项目',
    maxRows,
    maxBytes: maxMb * 1024 * 1024,
    instructions: [
      '每行新增一个院地院企合作项目，导入后状态为“签约”。',
      '合作企业按统一社会信用代码对应企业名录中的单位；合作院所按名称对应合作单位名录，须先登记。',
      '带 * 的列必填；所属县区填 6 位区划代码，不填时为您所在的县区；金额单位为元。',
      '整个文件在同一事务中导入：有任何错误行时一行也不写入，请按错误报告修改后重新上传。',
    ],
    columns: [
      { key: 'name', header: '项目名称', required: true, kind: 'text', width: 32, example: '道地中药材种植技术创新' },
      REGISTER_CREDIT_CODE_COLUMN,
      { key: 'partnerName', header: '合作院所', required: true, kind: 'text', width: 24, example: '甘肃省农业科学院' },
      { key: 'field', header: '合作领域', required: true, kind: 'dict', options: fields },
      { key: 'startOn', header: '开始日期', required: true, kind: 'date', example: '2022-03-15' },
      { key: 'endOn', header: '结束日期', required: true, kind: 'date', example: '2024-12-31' },
      money('enterpriseAmount', '企业投入'),
      money('partnerAmount', '合作院所投入'),
      money('governmentAmount', '政府资金'),
      { key: 'content', header: '合作内容', required: false, kind: 'text', width: 40 },
      { key: 'regionCode', header: '所属县区', required: false, kind: 'code', note: '6 位区划代码，如 621122' },
    ],
  };
}
