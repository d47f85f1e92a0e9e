import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Tag, Typography } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import { formatDateTime } from '../../ui/format';
import { useCan } from '../auth/use-can';
import { GenerateReportModal } from './GenerateReportModal';
import type { ReportSummary } from '@kechuang/domain';
import { reportApi } from './report.api';
import { periodLabel, periodOptions } from './report-periods';

/** 工作总结: every generated report of the user's regions, newest first, and 生成 for a region and a period. */
export function ReportTable() {
  const navigate = useNavigate();
  const actionRef = useRef<ActionType>(undefined);
  const [generating, setGenerating] = useState(false);
  const canWrite = useCan('report:write');
  const open = (id: number) => navigate(`/reports/${id}`);

  const columns: ProColumns<ReportSummary>[] = [
    {
      title: '标题',
      dataIndex: 'title',
      search: false,
      render: (_, r) => <Typography.Link onClick={() => open(r.id)}>{r.title}</Typography.Link>,
    },
    { title: '区划', dataIndex: 'regionName', search: false, width: 140 },
    {
      title: '统计期间',
      dataIndex: 'period',
      width: 140,
      valueType: 'select',
      fieldProps: { options: periodOptions(), showSearch: true, optionFilterProp: 'label' },
      render: (_, r) => periodLabel(r.period),
    },
    { title: '版本', dataIndex: 'version', search: false, width: 80, render: (_, r) => `第 ${r.version} 版` },
    {
      title: '状态',
      dataIndex: 'status',
      search: false,
      width: 100,
      render: (_, r) => (r.status === 'final' ? <Tag color="green">已定稿</Tag> : <Tag color="blue">草稿</Tag>),
    },
    {
      title: '定稿',
      dataIndex: 'finalisedAt',
      search: false,
      width: 200,
      render: (_, r) => (r.finalisedAt ? `${r.finalisedBy ?? ''} ${formatDateTime(r.finalisedAt)}` : '-'),
    },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      search: false,
      width: 160,
      render: (_, r) => formatDateTime(r.updatedAt),
    },
  ];

  return (
    <>
      <ProTable<ReportSummary>
        rowKey="id"
        actionRef={actionRef}
        columns={columns}
        request={async (params: Record<string, unknown>) => {
          const data = await reportApi.list({ period: typeof params.period === 'string' ? params.period : undefined });
          return { data, success: true, total: data.length };
        }}
        pagination={{ pageSize: 20 }}
        toolBarRender={() =>
          canWrite
            ? [
                <Button key="generate" type="primary" icon={<FileAddOutlined />} onClick={() => setGenerating(true)}>
                  生成
                </Button>,
              ]
            : []
        }
      />
      <GenerateReportModal
        open={generating}
        onClose={() => setGenerating(false)}
        onGenerated={(id) => {
          setGenerating(false);
          open(id);
        }}
      />
    </>
  );
}
