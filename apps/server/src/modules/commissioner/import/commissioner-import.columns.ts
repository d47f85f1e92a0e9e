import type { Kysely } from 'kysely';
import {
  COMMISSIONER_FIELD_DICT,
  COMMISSIONER_LEVEL_LABELS,
  COMMISSIONER_UNIT_KIND_DICT,
  GENDERS,
  TITLE_LEVELS,
} from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { ImportSpec } from '../../../platform/excel';
import { getIntParam } from '../../../platform/params/params.repository';

const words = (list: readonly string[]) => list.map((w) => ({ value: w, label: w }));

async function dict(db: Kysely<DB>, type: string) {
  return db
    .selectFrom('dict_item')
    .select(['value', 'label'])
    .where('type_code', '=', type)
    .where('status', '=', 'active')
    .orderBy('sort')
    .execute();
}

/** The import sheet: one column per field of ZCommissionerImportRow, dictionaries as dropdowns, the system's limits. */
export async function commissionerImportSpec(db: Kysely<DB>): Promise<ImportSpec> {
  const [fields, unitKinds, maxRows, maxMb] = await Promise.all([
    dict(db, COMMISSIONER_FIELD_DICT),
    dict(db, COMMISSIONER_UNIT_KIND_DICT),
    getIntParam(db, 'system.import_max_rows'),
    getIntParam(db, 'system.upload_max_mb'),
  ]);
  const levels = Object.entries(COMMISSIONER_LEVEL_LABELS).map(([value, label]) => ({ value, label }));
  return {
    title: '科技特派员导入模板',
    sheetName: '科技特派员',
    maxRows,
    maxBytes: maxMb * 1024 * 1024,
    instructions: [
      '每行新增一名科技特派员，导入后状态为“已申请”，再按 单位推荐 → 县级审核 → 公示 → 聘任 办理。',
      '身份证号按 GB 11643 校验末位校验码，加密保存，列表和导出只显示脱敏号码。',
      '带 * 的列必填；任期结束日期不填时按级别的任期年限计算；所属县区填 6 位区划代码，不填时为您所在的县区。',
      '整个文件在同一事务中导入：有任何错误行时一行也不写入，请按错误报告修改后重新上传。',
    ],
    columns: [
      { key: 'name', header: '姓名', required: true, kind: 'text', width: 12, example: '张明' },
      { key: 'gender', header: '性别', required: true, kind: 'dict', options: words(GENDERS) },
      { key: 'birthDate', header: '出生日期', required: true, kind: 'date', example: '1975-06-18' },
      { key: 'idNumber', header: '身份证号', required: true, kind: 'text', width: 22, note: '18 位，末位 X 大写' },
      { key: 'phone', header: '联系电话', required: false, kind: 'text', width: 14 },
      { key: 'education', header: '学历', required: false, kind: 'text', width: 10, example: '本科' },
      { key: 'title', header: '职称', required: false, kind: 'text', width: 16, example: '高级农艺师' },
      { key: 'titleLevel', header: '职称级别', required: true, kind: 'dict', options: words(TITLE_LEVELS) },
      { key: 'speciality', header: '专业特长', required: false, kind: 'text', width: 20 },
      { key: 'field', header: '服务领域', required: false, kind: 'dict', options: fields },
      {
        key: 'unitName',
        header: '派出单位',
        required: true,
        kind: 'text',
        width: 28,
        example: '陇西县农业技术推广中心',
      },
      { key: 'unitKind', header: '派出单位类型', required: true, kind: 'dict', options: unitKinds },
      { key: 'level', header: '级别', required: true, kind: 'dict', options: levels },
      { key: 'batch', header: '批次', required: true, kind: 'text', width: 10, example: '第七批' },
      { key: 'termStart', header: '任期开始日期', required: true, kind: 'date', example: '2022-03-01' },
      { key: 'termEnd', header: '任期结束日期', required: false, kind: 'date' },
      { key: 'teamName', header: '科技特派团', required: false, kind: 'text', width: 20 },
      { key: 'remark', header: '备注', required: false, kind: 'text', width: 30 },
      { key: 'regionCode', header: '所属县区', required: false, kind: 'code', note: '6 位区划代码，如 621122' },
    ],
  };
}
