import { formatYuanText, type TProjectImportCommitted } from '@kechuang/domain';
import { importEndpoints, type ImportSource } from '../../ui/import/import-source';

/** 导入历史项目: a bureau's past 申报/立项 records through the shared import wizard. */
export const PROJECT_IMPORT: ImportSource<TProjectImportCommitted> = {
  title: '导入历史项目',
  templateFileName: '历史项目导入模板.xlsx',
  templateHelp:
    '请使用系统模板填写：一行一个项目，带 * 的列必填，计划类别、级别、状态从下拉列表选择，资金单位为万元。承担单位按统一社会信用代码对应企业名录（须先登记，且在您的管辖范围内）；同一年度、项目名称和单位已导入过的行会跳过。整个文件在一个事务中写入，有错误行时一行也不写入。',
  ...importEndpoints('/applications'),
  sampleColumns: [
    { title: '行', dataIndex: 'row', width: 60 },
    { title: '项目名称', dataIndex: 'title' },
    { title: '承担单位', dataIndex: 'enterpriseName', width: 200 },
    { title: '状态', dataIndex: 'stateLabel', width: 90 },
    { title: '财政资金（万元）', dataIndex: 'governmentWan', width: 130 },
    { title: '操作', dataIndex: 'action', width: 120 },
  ],
  doneText: (done) =>
    `新增 ${done.imported ?? 0} 个项目，跳过已导入的 ${done.skipped ?? 0} 个；记入资金台账 ${formatYuanText(done.fundingTotal ?? '0')}，已记入操作日志。`,
};
