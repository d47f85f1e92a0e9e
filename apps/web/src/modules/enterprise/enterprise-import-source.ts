import type { TEnterpriseImportCommitted } from '@kechuang/domain';
import { importEndpoints, type ImportSource } from '../../ui/import/import-source';

/** 导入企业: the register's sheet, upserted by 统一社会信用代码, through the shared import wizard. */
export const ENTERPRISE_IMPORT: ImportSource<TEnterpriseImportCommitted> = {
  title: '导入企业',
  templateFileName: '企业信息导入模板.xlsx',
  templateHelp:
    '请使用系统模板填写：带 * 的列必填，乡镇、单位类型、高新技术领域从下拉列表选择，信用代码与电话列已设为文本格式。按统一社会信用代码导入：已登记的企业更新，未登记的新增；整个文件在一个事务中写入，有错误行时一行也不写入。',
  ...importEndpoints('/enterprises'),
  sampleColumns: [
    { title: '行', dataIndex: 'row', width: 70 },
    { title: '企业名称', dataIndex: 'name' },
    { title: '统一社会信用代码', dataIndex: 'creditCode', width: 200 },
    { title: '操作', dataIndex: 'action', width: 70 },
  ],
  doneText: (done) => `新增 ${done.created ?? 0} 户，更新 ${done.updated ?? 0} 户；已记入各企业的时间线与操作日志。`,
};
