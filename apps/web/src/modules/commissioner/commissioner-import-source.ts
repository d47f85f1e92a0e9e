import type { TCommissionerImportCommitted } from '@kechuang/domain';
import { importEndpoints, type ImportSource } from '../../ui/import/import-source';
import { COMMISSIONER_PATH } from './commissioner.api';

/** 导入科技特派员 through the shared import wizard: every row is a new applicant (已申请). */
export const COMMISSIONER_IMPORT: ImportSource<TCommissionerImportCommitted> = {
  title: '导入科技特派员',
  templateFileName: '科技特派员导入模板.xlsx',
  templateHelp:
    '请使用系统模板填写：带 * 的列必填，日期填 YYYY-MM-DD，身份证号按 GB 11643 校验；任期结束日期不填时按级别的任期年限计算。每行新增一名“已申请”的特派员；整个文件在一个事务中写入，有错误行时一行也不写入。',
  ...importEndpoints(COMMISSIONER_PATH),
  sampleColumns: [
    { title: '行', dataIndex: 'row', width: 70 },
    { title: '姓名', dataIndex: 'name' },
    { title: '级别', dataIndex: 'level', width: 90 },
    { title: '批次', dataIndex: 'batch', width: 100 },
    { title: '派出单位', dataIndex: 'unitName' },
  ],
  doneText: (done) => `新增 ${done.created ?? 0} 名科技特派员；已记入操作日志。`,
};
