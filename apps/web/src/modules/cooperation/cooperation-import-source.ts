import type { TCoopProjectImportCommitted } from '@kechuang/domain';
import { importEndpoints, type ImportSource } from '../../ui/import/import-source';
import { COOP_PROJECTS_PATH } from './cooperation.api';

/** 导入合作项目 through the shared import wizard: every row is a new project (签约). */
export const COOP_PROJECT_IMPORT: ImportSource<TCoopProjectImportCommitted> = {
  title: '导入合作项目',
  templateFileName: '合作项目导入模板.xlsx',
  templateHelp:
    '请使用系统模板填写：带 * 的列必填；合作企业按统一社会信用代码对应企业名录，合作院所按名称对应合作单位名录（须先登记）；日期填 YYYY-MM-DD，金额单位为元。整个文件在一个事务中写入，有错误行时一行也不写入。',
  ...importEndpoints(COOP_PROJECTS_PATH),
  sampleColumns: [
    { title: '行', dataIndex: 'row', width: 70 },
    { title: '项目名称', dataIndex: 'name' },
    { title: '合作企业', dataIndex: 'enterprise' },
    { title: '合作院所', dataIndex: 'partner' },
    { title: '开始日期', dataIndex: 'startOn', width: 120 },
  ],
  doneText: (done) => `新增 ${done.created ?? 0} 个合作项目；已记入操作日志。`,
};
