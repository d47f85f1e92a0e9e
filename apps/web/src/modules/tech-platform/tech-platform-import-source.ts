import type { TTechPlatformImportCommitted } from '@kechuang/domain';
import { importEndpoints, type ImportSource } from '../../ui/import/import-source';
import { TECH_PLATFORM_PATH } from './tech-platform.api';

/** 导入创新平台 through the shared import wizard: every row is a new platform. */
export const TECH_PLATFORM_IMPORT: ImportSource<TTechPlatformImportCommitted> = {
  title: '导入创新平台',
  templateFileName: '创新平台导入模板.xlsx',
  templateHelp:
    '请使用系统模板填写：带 * 的列必填，平台类别、级别、状态从下拉列表选择；筹备的填筹备起始日期，建设中的填成立日期，已认定的填认定日期和文号；运营单位与企业名录中名称一致时自动关联。整个文件在一个事务中写入，有错误行时一行也不写入。',
  ...importEndpoints(TECH_PLATFORM_PATH),
  sampleColumns: [
    { title: '行', dataIndex: 'row', width: 70 },
    { title: '平台名称', dataIndex: 'name' },
    { title: '运营单位', dataIndex: 'operator' },
    { title: '所属县区', dataIndex: 'regionCode', width: 100 },
  ],
  doneText: (done) => `新增 ${done.created ?? 0} 个创新平台；已记入操作日志。`,
};
