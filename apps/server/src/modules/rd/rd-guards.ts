import { RD_EDITABLE_STATUSES, RD_REPORT_STATUS_LABELS, type RdReportStatus } from '@kechuang/domain';
import { AppError } from '../../platform/errors';

/** Refuses changing a form unless its task is open and the form is still the unit's to edit. */
export function assertFormEditable(
  unit: { task_status: string; due_date: string; status: string; enterprise_name: string },
  action: '保存' | '提交',
): void {
  if (unit.task_status === 'draft') throw new AppError('CONFLICT', '填报任务尚未发布，暂不能填报');
  if (unit.task_status === 'closed') {
    throw new AppError('CONFLICT', `填报任务已截止（截止日期 ${unit.due_date}），不能再${action}`, [
      { field: 'taskStatus', message: '任务已截止' },
    ]);
  }
  if (!RD_EDITABLE_STATUSES.includes(unit.status as RdReportStatus)) {
    throw new AppError(
      'CONFLICT',
      `${unit.enterprise_name}的填报当前为“${RD_REPORT_STATUS_LABELS[unit.status as RdReportStatus]}”，不能再${action}${unit.status === 'submitted' ? '（如需修改请联系业务人员退回）' : ''}`,
      [{ field: 'status', message: '当前状态不可修改' }],
    );
  }
}
