import { Link } from 'react-router-dom';
import { ProTable } from '@ant-design/pro-components';
import { Alert, Button, Card, Descriptions, Empty, Space, Typography } from 'antd';
import { formatWanText, RD_TASK_STATUS_LABELS, type RdTaskStatus, type TRdMyReport } from '@kechuang/domain';
import { ReportStatusTag } from '../rd-status';
import { useMyRdReports } from './use-my-rd-reports';

const FILLABLE = ['not_filled', 'saved', 'returned'];
const fillable = (r: TRdMyReport) => FILLABLE.includes(r.status) && r.taskStatus === 'open';

/** The current period's form: its state, the unit's own total, and the button to fill or view it. */
function CurrentForm({ r }: { r: TRdMyReport }) {
  return (
    <Card
      size="small"
      title={`本期填报：${r.periodLabel}`}
      extra={
        <Link to={`/rd/units/${r.id}`}>
          <Button type={fillable(r) ? 'primary' : 'default'} size="small">
            {fillable(r) ? '填报' : '查看'}
          </Button>
        </Link>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label="填报任务">{r.taskTitle}</Descriptions.Item>
        <Descriptions.Item label="截止日期">{r.dueDate}</Descriptions.Item>
        <Descriptions.Item label="填报状态">
          <ReportStatusTag status={r.status} />
        </Descriptions.Item>
        <Descriptions.Item label="本单位研发经费内部支出">
          {r.internalTotal === null ? '尚未填写' : formatWanText(r.internalTotal)}
        </Descriptions.Item>
        {r.returnReason && r.status === 'returned' && (
          <Descriptions.Item label="退回原因">
            <Typography.Text type="danger">{r.returnReason}</Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/**
 * 我的填报: the current period's form first, the county totals of that period once a leader publishes them (until
 * then the unit's own figure is what it sees), then every form the unit was asked for.
 */
export function MyRdReports() {
  const { reports, current, county, loading } = useMyRdReports();
  if (!loading && reports.length === 0) {
    return <Empty description="本单位暂无研发经费填报任务" />;
  }
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {current && <CurrentForm r={current} />}
      {current && (
        <Card size="small" title={`全县汇总：${current.periodLabel}`}>
          {county ? (
            <Typography.Paragraph style={{ margin: 0 }}>
              {county.periodLabel}全县研发经费内部支出合计{' '}
              <Typography.Text strong>{formatWanText(county.total.internalTotal)}</Typography.Text>（
              {county.total.units} 个单位）
              {county.intensity && `，研发经费投入强度 ${county.intensity.percent}%`}
            </Typography.Paragraph>
          ) : (
            <Alert
              type="info"
              showIcon
              message="本期全县汇总尚未发布"
              description="科技局领导发布后，可在此查看本期全县研发经费合计；在此之前可查看本单位的填报数。"
            />
          )}
        </Card>
      )}
      <ProTable<TRdMyReport>
        rowKey="id"
        headerTitle="历次填报"
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
          { title: '截止日期', dataIndex: 'dueDate', width: 110, responsive: ['md'] },
          {
            title: '任务状态',
            dataIndex: 'taskStatus',
            width: 90,
            responsive: ['md'],
            render: (_d, r) => RD_TASK_STATUS_LABELS[r.taskStatus as RdTaskStatus] ?? r.taskStatus,
          },
          {
            title: '填报状态',
            dataIndex: 'status',
            width: 90,
            render: (_d, r) => <ReportStatusTag status={r.status} />,
          },
          { title: '退回原因', dataIndex: 'returnReason', ellipsis: true, responsive: ['md'] },
          {
            title: '研发经费内部支出',
            dataIndex: 'internalTotal',
            align: 'right',
            responsive: ['lg'],
            render: (_d, r) => (r.internalTotal === null ? '-' : formatWanText(r.internalTotal)),
          },
          {
            title: '操作',
            valueType: 'option',
            width: 60,
            render: (_d, r) => <Link to={`/rd/units/${r.id}`}>{fillable(r) ? '填报' : '查看'}</Link>,
          },
        ]}
      />
    </Space>
  );
}
