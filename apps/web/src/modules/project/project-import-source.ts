import { api } from '../../api/client';
import type { ImportSource } from '../enterprise/import/import-source';

/** 导入历史项目: a bureau's past 申报/立项 records through the shared import wizard. */
export const PROJECT_IMPORT: ImportSource = {
  title: '导入历史项目',
  templateFileName: '历史项目导入模板.xlsx',
  templateHelp:
    '请使用系统模板填写：一行一个项目，带 * 的列必填，计划类别、级别、状态从下拉列表选择，资金单位为万元。承担单位按统一社会信用代码对应企业名录（须先登记，且在您的管辖范围内）；同一年度、项目名称和单位已导入过的行会跳过。整个文件在一个事务中写入，有错误行时一行也不写入。',
  template: () => api.download('/applications/import-template'),
  upload: (file) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.upload<{ jobId: number }>('/applications/import', form);
  },
  confirm: (jobId) => api.post<{ jobId: number }>(`/applications/import/${jobId}/confirm`),
  sampleColumns: [
    { title: '行', dataIndex: 'row', width: 60 },
    { title: '项目名称', dataIndex: 'title' },
    { title: '承担单位', dataIndex: 'enterpriseName', width: 200 },
    { title: '状态', dataIndex: 'stateLabel', width: 90 },
    { title: '财政资金（万元）', dataIndex: 'governmentWan', width: 130 },
    { title: '操作', dataIndex: 'action', width: 120 },
  ],
  doneText: (done) => {
    const r = done as { imported?: number; skipped?: number; fundingTotal?: string };
    return `新增 ${r.imported ?? 0} 个项目，跳过已导入的 ${r.skipped ?? 0} 个；记入资金台账 ${r.fundingTotal ?? '0.00'} 元，已记入操作日志。`;
  },
};
