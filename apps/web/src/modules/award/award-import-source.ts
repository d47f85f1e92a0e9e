import type { TAwardImportCommitted } from '@kechuang/domain';
import { importEndpoints, type ImportSource } from '../../ui/import/import-source';
import { NOMINATIONS_PATH } from './award.api';

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
