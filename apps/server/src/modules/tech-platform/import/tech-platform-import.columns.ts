import type { Kysely } from 'kysely';
import {
  TECH_PLATFORM_INITIAL_STATES,
  TECH_PLATFORM_KIND_DICT,
  TECH_PLATFORM_LEVEL_DICT,
  TECH_PLATFORM_STATE_LABELS,
} from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { ImportColumn, ImportSpec } from '../../../platform/excel';
import { getIntParam } from '../../../platform/params/params.repository';
import { dictItems } from '../tech-platform.repository';

/** The sheet's columns (also the export's, so an exported list reads back in): kind and level as dropdowns. */
export async function techPlatformColumns(db: Kysely<DB>): Promise<ImportColumn[]> {
  const [kinds, levels] = await Promise.all([
    dictItems(db, TECH_PLATFORM_KIND_DICT),
    dictItems(db, TECH_PLATFORM_LEVEL_DICT),
  ]);
  const states = TECH_PLATFORM_INITIAL_STATES.map((s) => ({ value: s, label: TECH_PLATFORM_STATE_LABELS[s] }));
  return [
    { key: 'name', header: '平台名称', required: true, kind: 'text', width: 32, example: '陇西县科技企业孵化器' },
    { key: 'kind', header: '平台类别', required: true, kind: 'dict', width: 28, options: kinds },
    { key: 'level', header: '平台级别', required: true, kind: 'dict', options: levels },
    { key: 'status', header: '状态', required: true, kind: 'dict', options: states },
    {
      key: 'operator',
      header: '运营单位',
      required: true,
      kind: 'text',
      width: 30,
      note: '与企业名录中的名称一致时关联该企业，否则按单位名称登记',
      example: '甘肃某某科技有限公司',
    },
    { key: 'field', header: '技术领域', required: false, kind: 'text', width: 20 },
    { key: 'industry', header: '所属产业', required: false, kind: 'text', width: 20 },
    { key: 'address', header: '地址', required: false, kind: 'text', width: 30 },
    { key: 'siteArea', header: '场地面积（平方米）', required: false, kind: 'decimal', example: '12000' },
    { key: 'staffCount', header: '从业人数', required: false, kind: 'integer' },
    { key: 'preparingFrom', header: '筹备起始日期', required: false, kind: 'date', note: '状态为筹备时必填' },
    { key: 'establishedOn', header: '成立（组建）日期', required: false, kind: 'date', note: '状态为建设中时必填' },
    { key: 'recognizedOn', header: '认定日期', required: false, kind: 'date', note: '状态为已认定时必填' },
    { key: 'documentNo', header: '认定文号', required: false, kind: 'text', width: 24, note: '状态为已认定时必填' },
    { key: 'regionCode', header: '所属县区', required: false, kind: 'code', note: '6 位区划代码，如 621122' },
  ];
}

/** The import sheet: the columns above, with the system's row and size limits. */
export async function techPlatformImportSpec(db: Kysely<DB>): Promise<ImportSpec> {
  const [columns, maxRows, maxMb] = await Promise.all([
    techPlatformColumns(db),
    getIntParam(db, 'system.import_max_rows'),
    getIntParam(db, 'system.upload_max_mb'),
  ]);
  return {
    title: '创新平台导入模板',
    sheetName: '创新平台',
    maxRows,
    maxBytes: maxMb * 1024 * 1024,
    instructions: [
      '每行新增一个创新平台；平台类别、级别、状态请从下拉列表选择。',
      '运营单位与企业名录中（您管辖范围内）的企业名称完全一致时关联该企业，否则按单位名称登记。',
      '筹备的平台须填筹备起始日期，建设中的须填成立（组建）日期，已认定的须填认定日期和认定文号。',
      '所属县区填 6 位区划代码，不填时为您所在的县区。联盟的成员单位、在孵企业请导入后在平台详情中登记。',
      '整个文件在同一事务中导入：有任何错误行时一行也不写入，请按错误报告修改后重新上传。',
    ],
    columns,
  };
}
