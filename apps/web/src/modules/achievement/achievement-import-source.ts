import type { TAchievementImportCommitted } from '@kechuang/domain';
import { importEndpoints, type ImportSource } from '../../ui/import/import-source';
import { ACHIEVEMENT_PATH } from './achievement.api';

/** 导入历史科技成果登记 through the shared import wizard: every row is a registration already made (已登记). */
export const ACHIEVEMENT_IMPORT: ImportSource<TAchievementImportCommitted> = {
  title: '导入历史科技成果登记',
  templateFileName: '历史科技成果登记导入模板.xlsx',
  templateHelp:
    '请使用系统模板填写：带 * 的列必填；企业填统一社会信用代码，院所等只填名称；完成人按排序用“、”分隔，关键词最多 3 个；登记号 12 位且年份与登记日期一致、不得重复。整个文件在一个事务中写入，有错误行时一行也不写入。',
  ...importEndpoints(ACHIEVEMENT_PATH),
  sampleColumns: [
    { title: '行', dataIndex: 'row', width: 70 },
    { title: '成果名称', dataIndex: 'name' },
    { title: '第一完成单位', dataIndex: 'firstUnitName' },
    { title: '登记号', dataIndex: 'registrationNo', width: 130 },
    { title: '登记日期', dataIndex: 'registeredOn', width: 110 },
  ],
  doneText: (done) => `导入 ${done.created ?? 0} 项已登记成果；已记入操作日志。`,
};
