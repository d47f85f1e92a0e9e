import type { Kysely } from 'kysely';
import {
  APPLICATION_STATE_LABELS,
  FUNDING_SOURCE_LABELS,
  FUNDING_SOURCE_LEVELS,
  HISTORICAL_IMPORT_STATES,
} from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { ImportSpec } from '../../../platform/excel';
import { getIntParam } from '../../../platform/params/params.repository';
import { REGISTER_CREDIT_CODE_COLUMN } from '../../enterprise/import/register-credit-code-column';

const money = (key: string, header: string) => ({
  key,
  header: `${header}（万元）`,
  required: false,
  kind: 'decimal' as const,
  width: 14,
  example: '12.5',
});

/** The historical project sheet: one row per 申报/立项 record; category from the dictionary, level and state from the domain lists. */
export async function projectImportSpec(db: Kysely<DB>): Promise<ImportSpec> {
  const dict = (type: string) =>
    db
      .selectFrom('dict_item')
      .select(['value', 'label'])
      .where('type_code', '=', type)
      .where('status', '=', 'active')
      .orderBy('sort')
      .execute();
  const [categories, levels, maxRows, maxMb] = await Promise.all([
    dict('project_category'),
    dict('project_level'),
    getIntParam(db, 'system.import_max_rows'),
    getIntParam(db, 'system.upload_max_mb'),
  ]);
  return {
    title: '历史项目导入模板',
    sheetName: '历史项目',
    maxRows,
    maxBytes: maxMb * 1024 * 1024,
    instructions: [
      '本表用于导入往年的项目申报与立项记录，一行一个项目；导入后项目出现在申报列表，资金进入资金台账，并计入报告数据。',
      '承担单位按统一社会信用代码对应企业名录中的单位，须先在企业名录中登记，且在您的管辖范围内。',
      '按“年度 + 项目名称 + 统一社会信用代码”识别项目：已导入过的项目再次导入时跳过，不会重复。',
      '计划类别、级别、状态请从下拉列表选择；每个“年度 + 计划类别 + 级别”归入一个历史批次（不开放申报）。',
      '资金单位为万元，最多 6 位小数（精确到分）；中央、省级、市级、县级资金记为下达资金，企业自筹记为自筹配套；未立项的项目不能填写资金。',
      '整个文件在同一事务中导入：有任何错误行时一行也不写入，请按错误报告修改后重新上传。',
    ],
    columns: [
      { key: 'year', header: '年度', required: true, kind: 'integer', example: '2021' },
      { key: 'category', header: '计划类别', required: true, kind: 'dict', width: 26, options: categories },
      { key: 'level', header: '级别', required: true, kind: 'dict', options: levels },
      {
        key: 'title',
        header: '项目名称',
        required: true,
        kind: 'text',
        width: 36,
        example: '马铃薯淀粉废水资源化利用技术研究',
      },
      {
        key: 'unitName',
        header: '承担单位',
        required: true,
        kind: 'text',
        width: 30,
        note: '与企业名录中的名称一致',
        example: '甘肃某某科技有限公司',
      },
      REGISTER_CREDIT_CODE_COLUMN,
      {
        key: 'state',
        header: '状态',
        required: true,
        kind: 'dict',
        options: HISTORICAL_IMPORT_STATES.map((s) => ({ value: s, label: APPLICATION_STATE_LABELS[s] })),
      },
      {
        key: 'submittedOn',
        header: '申报日期',
        required: false,
        kind: 'date',
        note: '报告按此日期统计申报数；不填时取立项日期，再不填取当年 1 月 1 日',
        example: '2021-03-15',
      },
      {
        key: 'approvedOn',
        header: '立项日期',
        required: false,
        kind: 'date',
        note: '资金记录的日期；不填时记为当年 1 月 1 日',
        example: '2021-06-30',
      },
      { key: 'projectNo', header: '项目编号', required: false, kind: 'code', example: '2021-KJ-012' },
      ...FUNDING_SOURCE_LEVELS.map((l) => money(l, `${FUNDING_SOURCE_LABELS[l]}资金`)),
      money('matching', '企业自筹'),
      { key: 'startsOn', header: '开始日期', required: false, kind: 'date', example: '2021-07-01' },
      { key: 'endsOn', header: '结束日期', required: false, kind: 'date', example: '2023-06-30' },
      { key: 'leader', header: '负责人', required: false, kind: 'text' },
      { key: 'remark', header: '备注', required: false, kind: 'text', width: 30 },
    ],
  };
}
