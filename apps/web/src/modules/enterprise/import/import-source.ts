import type { DownloadedFile } from '../../../api/client';
import type { TImportJobResult } from '../enterprise.types';
import { importApi } from '../import.api';

/** What the import wizard needs to know about one kind of import (enterprises, a task's R&D figures …). */
export interface ImportSource {
  title: string;
  templateFileName: string;
  /** Step 1's explanation of how to fill the template and how rows are matched. */
  templateHelp: string;
  template: () => Promise<DownloadedFile>;
  /** Uploads the workbook; the server validates every row in a background job. */
  upload: (file: File) => Promise<{ jobId: number }>;
  /** Starts the all-or-nothing write of a validated file, as a second job. */
  confirm: (validateJobId: number) => Promise<{ jobId: number }>;
  /** Columns of the preview's sample rows (keys of the job result's `sample`). */
  sampleColumns: { title: string; dataIndex: string; width?: number }[];
  doneText: (result: TImportJobResult) => string;
}

export const ENTERPRISE_IMPORT: ImportSource = {
  title: '导入企业',
  templateFileName: '企业信息导入模板.xlsx',
  templateHelp:
    '请使用系统模板填写：带 * 的列必填，乡镇、单位类型、高新技术领域从下拉列表选择，信用代码与电话列已设为文本格式。按统一社会信用代码导入：已登记的企业更新，未登记的新增；整个文件在一个事务中写入，有错误行时一行也不写入。',
  template: importApi.template,
  upload: importApi.upload,
  confirm: importApi.confirm,
  sampleColumns: [
    { title: '行', dataIndex: 'row', width: 70 },
    { title: '企业名称', dataIndex: 'name' },
    { title: '统一社会信用代码', dataIndex: 'creditCode', width: 200 },
    { title: '操作', dataIndex: 'action', width: 70 },
  ],
  doneText: (done) => `新增 ${done.created ?? 0} 户，更新 ${done.updated ?? 0} 户；已记入各企业的时间线与操作日志。`,
};
