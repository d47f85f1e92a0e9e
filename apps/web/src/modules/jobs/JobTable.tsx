import { useSearchParams } from 'react-router-dom';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { Progress, Tag, Typography } from 'antd';
import type { TJob } from '@kechuang/domain';
import { formatDateTime } from '../../ui/format';
import { tableRequest } from '../../ui/table-request';
import { useCan } from '../auth/use-can';

// Job states are fixed by the job runner, not a business dictionary.
const STATUS: Record<TJob['status'], { text: string; color: string }> = {
  queued: { text: '排队中', color: 'default' },
  running: { text: '执行中', color: 'processing' },
  succeeded: { text: '已完成', color: 'success' },
  failed: { text: '失败', color: 'error' },
};

const columns: ProColumns<TJob>[] = [
  { title: '编号', dataIndex: 'id', width: 80 },
  { title: '任务', dataIndex: 'title', render: (_d, j) => <Typography.Text strong>{j.title}</Typography.Text> },
  {
    title: '状态',
    dataIndex: 'status',
    width: 100,
    render: (_d, j) => <Tag color={STATUS[j.status].color}>{STATUS[j.status].text}</Tag>,
  },
  {
    title: '进度',
    dataIndex: 'progress',
    width: 200,
    render: (_d, j) => (
      <Progress
        percent={Math.round(j.progress)}
        size="small"
        status={j.status === 'failed' ? 'exception' : j.status === 'running' ? 'active' : undefined}
      />
    ),
  },
  { title: '说明', dataIndex: 'message', ellipsis: true, render: (_d, j) => j.message ?? '-' },
  { title: '提交时间', dataIndex: 'createdAt', width: 150, render: (_d, j) => formatDateTime(j.createdAt) },
  { title: '完成时间', dataIndex: 'finishedAt', width: 150, render: (_d, j) => formatDateTime(j.finishedAt) },
];

/** 任务中心: the system admin sees every job in scope, others their own; refreshes while any job is unfinished. */
export function JobTable() {
  const all = useCan('system:job:list');
  // Job messages link here with ?id=; that row is highlighted.
  const focusId = Number(useSearchParams()[0].get('id'));
  return (
    <ProTable<TJob>
      rowKey="id"
      headerTitle={all ? '全部任务' : '我的任务'}
      columns={columns}
      params={{ all: all || undefined }}
      request={tableRequest<TJob>('/jobs')}
      // Poll only while something is still queued or running; ProTable stops when this returns 0.
      polling={(rows) => (rows?.some((j) => j.status === 'queued' || j.status === 'running') ? 2000 : 0)}
      rowClassName={(j) => (j.id === focusId ? 'kc-row-focus' : '')}
      search={false}
      pagination={{ defaultPageSize: 20 }}
    />
  );
}
