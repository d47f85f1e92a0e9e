import type { TCommissionerImportCommitted } from '@kechuang/domain';
import { importEndpoints, type ImportSource } from '../../ui/import/import-source';
import { COMMISSIONER_PATH } from './commissioner.api';

/** 导入科技特派员 through the shared import wizard: every row is a new record. */
export const COMMISSIONER_IMPORT: ImportSource<TCommissionerImportCommitted> = {
  title: '导入科技特派员',
  templateFileName: '科技特派员导入模板.xlsx',
  templateHelp:
    '请使用系统模板填写：带 * 的列必填，登记日期填 YYYY-MM-DD，金额单位为元，所属县区不填时为您所在的县区。每行新增一条记录；整个文件在一个事务中写入，有错误行时一行也不写入。',
  ...importEndpoints(COMMISSIONER_PATH),
  sampleColumns: [
    { title: '行', dataIndex: 'row', width: 70 },
    { title: '名称', dataIndex: 'name' },
    { title: '登记日期', dataIndex: 'recordedOn', width: 120 },
    { title: '所属县区', dataIndex: 'regionCode', width: 100 },
  ],
  doneText: (done) => `新增 ${done.created ?? 0} 条记录；已记入操作日志。`,
};
