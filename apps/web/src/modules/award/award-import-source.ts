import type { TAwardImportCommitted, TEntryImportCommitted } from '@kechuang/domain';
import { importEndpoints, type ImportSource } from '../../ui/import/import-source';
import { ENTRIES_PATH, NOMINATIONS_PATH } from './award.api';

/** 导入推荐与获奖结果 through the shared import wizard: every row is a nomination, with its result when announced. */
export const AWARD_RESULT_IMPORT: ImportSource<TAwardImportCommitted> = {
  title: '导入推荐与获奖结果',
  templateFileName: '推荐与获奖结果导入模板.xlsx',
  templateHelp:
    '请使用系统模板填写：评选名称和年度须与已登记的奖励评选一致；已登记为“推荐”的同一单位（个人）登记其结果，其余新增推荐；获奖须填获奖等级和公布日期；个人须填姓名。单位名称与企业库中的全称一致时关联到该企业。整个文件在一个事务中写入，有错误行时一行也不写入。',
  ...importEndpoints(NOMINATIONS_PATH),
  sampleColumns: [
    { title: '行', dataIndex: 'row', width: 70 },
    { title: '评选', dataIndex: 'programmeName' },
    { title: '单位或个人', dataIndex: 'nominee' },
    { title: '结果', dataIndex: 'state', width: 110 },
    { title: '处理', dataIndex: 'action', width: 100 },
  ],
  doneText: (done) =>
    `新增推荐 ${done.created ?? 0} 条，登记已有推荐的结果 ${done.resulted ?? 0} 条，获奖共 ${done.awarded ?? 0} 条；已记入操作日志。`,
};

/** 导入参赛记录: every row is a new entry at the stage it reached, with its award if any. */
export const ENTRY_IMPORT: ImportSource<TEntryImportCommitted> = {
  title: '导入参赛记录',
  templateFileName: '参赛记录导入模板.xlsx',
  templateHelp:
    '请使用系统模板填写：大赛名称和年度须与已登记的大赛一致（同名大赛请填届次和赛区或赛段）；填写所处阶段，获奖的填所获奖项和获奖日期。单位名称与企业库中的全称一致时关联到该企业。整个文件在一个事务中写入，有错误行时一行也不写入。',
  ...importEndpoints(ENTRIES_PATH),
  sampleColumns: [
    { title: '行', dataIndex: 'row', width: 70 },
    { title: '大赛', dataIndex: 'competitionName' },
    { title: '单位或个人', dataIndex: 'nominee' },
    { title: '阶段', dataIndex: 'stage', width: 90 },
  ],
  doneText: (done) => `新增参赛记录 ${done.created ?? 0} 条，其中获奖 ${done.awarded ?? 0} 条；已记入操作日志。`,
};
