import { Tag } from 'antd';
import {
  RD_REPORT_STATUS_LABELS,
  RD_TASK_STATUS_LABELS,
  type RdReportStatus,
  type RdTaskStatus,
} from '@kechuang/domain';

const REPORT_COLORS: Record<RdReportStatus, string> = {
  not_filled: 'default',
  saved: 'processing',
  submitted: 'blue',
  approved: 'success',
  returned: 'error',
};
const TASK_COLORS: Record<RdTaskStatus, string> = { draft: 'default', open: 'processing', closed: 'warning' };

export const ReportStatusTag = ({ status }: { status: RdReportStatus }) => (
  <Tag color={REPORT_COLORS[status]} bordered={false}>
    {RD_REPORT_STATUS_LABELS[status]}
  </Tag>
);

export const TaskStatusTag = ({ status }: { status: RdTaskStatus }) => (
  <Tag color={TASK_COLORS[status]} bordered={false}>
    {RD_TASK_STATUS_LABELS[status]}
  </Tag>
);

export const reportStatusEnum = Object.fromEntries(
  Object.entries(RD_REPORT_STATUS_LABELS).map(([k, text]) => [k, { text }]),
);
export const taskStatusEnum = Object.fromEntries(
  Object.entries(RD_TASK_STATUS_LABELS).map(([k, text]) => [k, { text }]),
);
