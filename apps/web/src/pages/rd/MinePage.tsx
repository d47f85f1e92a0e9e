import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer, ProTable } from '@ant-design/pro-components';
import { Alert, Card, Space, Typography } from 'antd';
import { RD_TASK_STATUS_LABELS, type RdTaskStatus } from '@kechuang/domain';
import { ApiError } from '../../api/client';
import { rdApi, type TRdMyReport, type TRdTaskSummary } from '../../modules/rd/rd.api';
import { wanText } from '../../modules/rd/rd-format';
import { ReportStatusTag } from '../../modules/rd/rd-status';
import { showError } from '../../ui/feedback';

/** 我的填报: the enterprise user's forms across tasks; the county totals appear once a leader publishes them. */
export default function MinePage() {
  const [reports, setReports] = useState<TRdMyReport[]>([]);
  const [published, setPublished] = useState<TRdTaskSummary[]>([]);
  useEffect(() => {
    rdApi.myReports().then(async (rows) => {
      setReports(rows);
      const taskIds = [...new Set(rows.map((r) => r.taskId))];
      // A task whose totals are not published answers 403: that simply means nothing to show yet.
      const found = await Promise.all(
        taskIds.map((id) =>
          rdApi
            .summary(id)
            .catch((e: unknown) => (e instanceof ApiError && e.status === 403 ? null : Promise.reject(e))),
        ),
      );
      setPublished(found.filter((s): s is TRdTaskSummary => s !== null));
    }, showError);
  }, []);
  return (
    <PageContainer content="本单位的研发经费填报任务。点击任务填写或查看填报表；被退回时请按退回原因修改后重新提交。">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <ProTable<TRdMyReport>
          rowKey="id"
          headerTitle="我的填报"
          search={false}
          options={false}
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
                  {['not_filled', 'saved', 'returned'].includes(r.status) && r.taskStatus === 'open' ? '填报' : '查看'}
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
                <Typography.Text strong>{wanText(s.total.internalTotal)}</Typography.Text>（{s.total.units} 个单位）
                {s.intensity && `，研发经费投入强度 ${s.intensity.percent}%`}
              </Typography.Paragraph>
            ))
          )}
        </Card>
      </Space>
    </PageContainer>
  );
}
