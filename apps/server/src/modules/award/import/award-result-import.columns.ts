import type { Kysely } from 'kysely';
import { NOMINATION_STATE_LABELS, NOMINEE_KIND_LABELS } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { DictOption, ImportSpec } from '../../../platform/excel';
import { getIntParam } from '../../../platform/params/params.repository';
import { dictLabels } from '../award-region';

const options = (labels: Iterable<[string, string]>): DictOption[] =>
  [...labels].map(([value, label]) => ({ value, label }));

/** The results sheet bureaus collect: one column per field of ZAwardResultImportRow; codes as dropdowns. */
export async function awardResultImportSpec(db: Kysely<DB>): Promise<ImportSpec> {
  const [categories, grades, maxRows, maxMb] = await Promise.all([
    dictLabels(db, 'award_category'),
    dictLabels(db, 'award_grade'),
    getIntParam(db, 'system.import_max_rows'),
    getIntParam(db, 'system.upload_max_mb'),
  ]);
  return {
    title: '推荐与获奖结果导入模板',
    sheetName: '推荐与获奖',
    maxRows,
    maxBytes: maxMb * 1024 * 1024,
    instructions: [
      '每行一条推荐：系统中尚无的新增推荐记录（已公布结果的同时登记结果）；已登记为“推荐”的，登记其评选结果。',
      '获奖须填获奖等级和公布日期；未获奖须填公布日期。',
      '评选名称和年度须与系统中已登记的奖励评选一致；奖项类别须为该评选的类别。',
      '单位名称与企业库中的企业全称一致时，记录关联到该企业（企业时间轴可见）；个人须填姓名，单位名称填其所在单位。',
      '同一评选、类别、单位和姓名按同一条推荐对待：已有推荐时不能再次新增，已登记结果的不能再次登记。',
      '整个文件在同一事务中导入：有任何错误行时一行也不写入，请按错误报告修改后重新上传。',
    ],
    columns: [
      {
        key: 'programmeName',
        header: '评选名称',
        required: true,
        kind: 'text',
        width: 36,
        example: '2022年职工技术成果奖和“五小”创新成果奖评选',
      },
      { key: 'year', header: '年度', required: true, kind: 'integer', example: '2022' },
      { key: 'category', header: '奖项类别', required: true, kind: 'dict', options: options(categories), width: 20 },
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
      { key: 'title', header: '成果名称', required: false, kind: 'text', width: 32 },
      { key: 'nominatedOn', header: '推荐日期', required: true, kind: 'date', example: '2022-03-15' },
      {
        key: 'state',
        header: '评选结果',
        required: true,
        kind: 'dict',
        options: options(Object.entries(NOMINATION_STATE_LABELS)),
      },
      { key: 'grade', header: '获奖等级', required: false, kind: 'dict', options: options(grades) },
      { key: 'rank', header: '名次', required: false, kind: 'integer' },
      { key: 'announcedOn', header: '公布日期', required: false, kind: 'date', example: '2022-05-20' },
    ],
  };
}
