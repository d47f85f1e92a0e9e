import type { TLiaisonImportCommitted } from '@kechuang/domain';
import { importEndpoints, type ImportSource } from '../../ui/import/import-source';
import { LIAISON_PATH } from './liaison.api';

/** 导入干部包企业 through the shared import wizard: every row is a new record. */
export const LIAISON_IMPORT: ImportSource<TLiaisonImportCommitted> = {
  title: '导入干部包企业',
  templateFileName: '干部包企业导入模板.xlsx',
  templateHelp:
    '请使用系统模板填写：带 * 的列必填，登记日期填 YYYY-MM-DD，金额单位为元，所属县区不填时为您所在的县区。每行新增一条记录；整个文件在一个事务中写入，有错误行时一行也不写入。',
  ...importEndpoints(LIAISON_PATH),
  sampleColumns: [
    { title: '行', dataIndex: 'row', width: 70 },
    { title: '名称', dataIndex: 'name' },
    { title: '登记日期', dataIndex: 'recordedOn', width: 120 },
    { title: '所属县区', dataIndex: 'regionCode', width: 100 },
  ],
  doneText: (done) => `新增 ${done.created ?? 0} 条记录；已记入操作日志。`,
};
