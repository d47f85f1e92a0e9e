import { Link } from 'react-router-dom';
import { ProTable } from '@ant-design/pro-components';
import { Alert, Card, Space, Typography } from 'antd';
import { formatWanText, RD_TASK_STATUS_LABELS, type RdTaskStatus, type TRdMyReport } from '@kechuang/domain';
import { ReportStatusTag } from '../rd-status';
import { useMyRdReports } from './use-my-rd-reports';

const FILLABLE = ['not_filled', 'saved', 'returned'];

/** 我的填报: the enterprise user's forms (填报 or 查看), and the county totals once a leader publishes them. */
export function MyRdReports() {
  const { reports, published, loading } = useMyRdReports();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <ProTable<TRdMyReport>
        rowKey="id"
        headerTitle="我的填报"
        search={false}
        options={false}
        loading={loading}
        dataSource={reports}
        pagination={false}
        columns={[
          {
            title: '填报任务',
            dataIndex: 'taskTitle',
            render: (_d, r) => <Link to={`/rd/units/${r.id}`}>{r.taskTitle}</Link>,
          },
          { title: '期间', dataIndex: 'periodLabel', width: 130 },
          { title: '截止日期', dataIndex: 'dueDate', width: 110 },
          {
            title: '任务状态',
            dataIndex: 'taskStatus',
            width: 100,
            render: (_d, r) => RD_TASK_STATUS_LABELS[r.taskStatus as RdTaskStatus] ?? r.taskStatus,
          },
          {
            title: '填报状态',
            dataIndex: 'status',
            width: 100,
            render: (_d, r) => <ReportStatusTag status={r.status} />,
          },
          { title: '退回原因', dataIndex: 'returnReason', ellipsis: true },
          {
            title: '操作',
            valueType: 'option',
            width: 90,
            render: (_d, r) => (
              <Link to={`/rd/units/${r.id}`}>
                {FILLABLE.includes(r.status) && r.taskStatus === 'open' ? '填报' : '查看'}
              </Link>
            ),
          },
        ]}
      />
      <Card size="small" title="全县汇总">
        {published.length === 0 ? (
          <Alert
            type="info"
            showIcon
            message="全县汇总尚未发布"
            description="科技局领导发布后，可在此查看全县研发经费合计。"
          />
        ) : (
          published.map((s) => (
            <Typography.Paragraph key={s.taskId}>
              {s.periodLabel}全县研发经费内部支出合计{' '}
              <Typography.Text strong>{formatWanText(s.total.internalTotal)}</Typography.Text>（{s.total.units} 个单位）
              {s.intensity && `，研发经费投入强度 ${s.intensity.percent}%`}
            </Typography.Paragraph>
          ))
        )}
      </Card>
    </Space>
  );
}
