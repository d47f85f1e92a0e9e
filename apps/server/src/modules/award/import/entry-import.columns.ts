import type { Kysely } from 'kysely';
import { COMPETITION_STAGE_LABELS, NOMINEE_KIND_LABELS } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { DictOption, ImportSpec } from '../../../platform/excel';
import { getIntParam } from '../../../platform/params/params.repository';
import { dictLabels } from '../award-region';

const options = (labels: Iterable<[string, string]>): DictOption[] =>
  [...labels].map(([value, label]) => ({ value, label }));

/** The entries sheet: one column per field of ZEntryImportRow; kinds, stages and awards as dropdowns. */
export async function entryImportSpec(db: Kysely<DB>): Promise<ImportSpec> {
  const [grades, maxRows, maxMb] = await Promise.all([
    dictLabels(db, 'award_grade'),
    getIntParam(db, 'system.import_max_rows'),
    getIntParam(db, 'system.upload_max_mb'),
  ]);
  return {
    title: '参赛记录导入模板',
    sheetName: '参赛记录',
    maxRows,
    maxBytes: maxMb * 1024 * 1024,
    instructions: [
      '每行新增一条参赛记录，登记所处阶段和所获奖项（有的话）。',
      '大赛名称、年度须与系统中已登记的大赛一致；同名大赛有多个届次或赛区时，请填写届次和赛区或赛段。',
      '单位名称与企业库中的企业全称一致时，记录关联到该企业（企业时间轴可见）；个人须填姓名，单位名称填其所在单位。',
      '整个文件在同一事务中导入：有任何错误行时一行也不写入，请按错误报告修改后重新上传。',
    ],
    columns: [
      {
        key: 'competitionName',
        header: '大赛名称',
        required: true,
        kind: 'text',
        width: 30,
        example: '中国创新创业大赛',
      },
      { key: 'edition', header: '届次', required: false, kind: 'integer', example: '11' },
      { key: 'division', header: '赛区或赛段', required: false, kind: 'text', example: '甘肃赛区' },
      { key: 'year', header: '年度', required: true, kind: 'integer', example: '2022' },
      {
        key: 'nomineeKind',
        header: '类型',
        required: true,
        kind: 'dict',
        options: options(Object.entries(NOMINEE_KIND_LABELS)),
      },
      {
        key: 'unitName',
        header: '单位名称',
        required: false,
        kind: 'text',
        width: 32,
        note: '单位必填；个人填所在单位',
      },
      { key: 'personName', header: '姓名', required: false, kind: 'text', note: '个人必填' },
      { key: 'contactPhone', header: '联系电话', required: false, kind: 'text', width: 16 },
      { key: 'projectTitle', header: '参赛项目', required: false, kind: 'text', width: 32 },
      { key: 'enteredOn', header: '报名日期', required: true, kind: 'date', example: '2022-05-20' },
      {
        key: 'stage',
        header: '所处阶段',
        required: true,
        kind: 'dict',
        options: options(Object.entries(COMPETITION_STAGE_LABELS)),
      },
      { key: 'award', header: '所获奖项', required: false, kind: 'dict', options: options(grades) },
      { key: 'awardedOn', header: '获奖日期', required: false, kind: 'date' },
    ],
  };
}
