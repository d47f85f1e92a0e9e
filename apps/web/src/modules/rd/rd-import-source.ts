import type { TRdImportCommitted, TRdTask } from '@kechuang/domain';
import { importEndpoints, type ImportSource } from '../../ui/import/import-source';

/** The statistics office's sheet for one task (one row per unit, matched by credit code) through the shared wizard. */
export function rdImportSource(task: TRdTask): ImportSource<TRdImportCommitted> {
  return {
    title: `导入研发经费数据：${task.title}`,
    templateFileName: `研发经费导入模板-${task.period}.xlsx`,
    templateHelp:
      '请使用系统模板填写：一行一个单位，按统一社会信用代码对应任务内的单位（任务外的单位报错），金额单位为元。每行按填报表同样的规则校验与核查；提示项可在“情况说明”列说明。整个文件在一个事务中写入，有错误行时一行也不写入。',
    ...importEndpoints(`/rd/tasks/${task.id}`),
    sampleColumns: [
      { title: '行', dataIndex: 'row', width: 70 },
      { title: '单位名称', dataIndex: 'enterpriseName' },
      { title: '研发经费内部支出合计（元）', dataIndex: 'internalTotal', width: 220 },
    ],
    doneText: (done) => `已写入 ${done.imported ?? done.validRows} 个单位的填报数据，已记入操作日志。`,
  };
}
