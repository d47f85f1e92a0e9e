import type { Kysely } from 'kysely';
import {
  ACHIEVEMENT_ATTRIBUTE_LABELS,
  ACHIEVEMENT_CATEGORY_LABELS,
  ACHIEVEMENT_EVALUATION_LABELS,
  ACHIEVEMENT_LEVEL_LABELS,
  ACHIEVEMENT_STAGE_LABELS,
} from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { DictOption, ImportSpec } from '../../../platform/excel';
import { getIntParam } from '../../../platform/params/params.repository';

const options = (labels: Record<string, string>): DictOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The historic-registration sheet: one row per registration already made, with its 登记号 and 登记日期. */
export async function achievementImportSpec(db: Kysely<DB>): Promise<ImportSpec> {
  const [maxRows, maxMb] = await Promise.all([
    getIntParam(db, 'system.import_max_rows'),
    getIntParam(db, 'system.upload_max_mb'),
  ]);
  return {
    title: '历史科技成果登记导入模板',
    sheetName: '科技成果登记',
    maxRows,
    maxBytes: maxMb * 1024 * 1024,
    instructions: [
      '本表用于导入往年已经登记的科技成果，一行一项成果；导入后状态为“已登记”，计入报告数据。',
      '第一完成单位为企业时填写其统一社会信用代码（须已在企业名录中且在您的管辖范围内）；高校、院所等不在企业名录的单位只填名称，记入您所在的县区。',
      '完成人按排序填写，用“、”分隔；关键词最多 3 个，用“；”分隔；研究起止填年月，如 2021-03。',
      '登记号为 12 位：地方或部门代码 3 位 + 年份 4 位 + 类型标志 1 位（应用技术 Y、基础理论 J、软科学 R）+ 流水号 4 位，年份与登记日期一致，不得与已有登记重复。',
      '整个文件在同一事务中导入：有任何错误行时一行也不写入，请按错误报告修改后重新上传。',
    ],
    columns: [
      {
        key: 'name',
        header: '成果名称',
        required: true,
        kind: 'text',
        width: 32,
        example: '马铃薯淀粉废水资源化利用技术',
      },
      {
        key: 'category',
        header: '成果类别',
        required: true,
        kind: 'dict',
        options: options(ACHIEVEMENT_CATEGORY_LABELS),
      },
      {
        key: 'creditCode',
        header: '第一完成单位统一社会信用代码',
        required: false,
        kind: 'code',
        width: 22,
        note: '企业填写，18 位，与企业名录一致',
      },
      { key: 'firstUnitName', header: '第一完成单位名称', required: false, kind: 'text', width: 28 },
      { key: 'otherUnits', header: '其他完成单位', required: false, kind: 'text', width: 28, note: '用“、”分隔' },
      { key: 'completers', header: '完成人', required: true, kind: 'text', width: 24, example: '张三、李四' },
      { key: 'researchStart', header: '研究起始', required: true, kind: 'text', example: '2020-03' },
      { key: 'researchEnd', header: '研究终止', required: true, kind: 'text', example: '2021-12' },
      {
        key: 'attribute',
        header: '成果属性',
        required: true,
        kind: 'dict',
        options: options(ACHIEVEMENT_ATTRIBUTE_LABELS),
      },
      { key: 'keywords', header: '关键词', required: true, kind: 'text', width: 24, example: '马铃薯；淀粉；废水' },
      { key: 'level', header: '成果水平', required: true, kind: 'dict', options: options(ACHIEVEMENT_LEVEL_LABELS) },
      { key: 'stage', header: '所处阶段', required: true, kind: 'dict', options: options(ACHIEVEMENT_STAGE_LABELS) },
      {
        key: 'evaluation',
        header: '评价方式',
        required: true,
        kind: 'dict',
        options: options(ACHIEVEMENT_EVALUATION_LABELS),
      },
      { key: 'intellectualProperty', header: '知识产权', required: false, kind: 'text', width: 24 },
      { key: 'abstract', header: '成果简介', required: true, kind: 'text', width: 40, note: '最多 2000 字' },
      { key: 'registrationNo', header: '登记号', required: true, kind: 'code', width: 16, example: '9402021Y0001' },
      { key: 'registeredOn', header: '登记日期', required: true, kind: 'date', example: '2021-06-15' },
    ],
  };
}
