import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { Progress, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { TServiceDayCounter } from '@kechuang/domain';
import { pickFilters, tableRequest } from '../../../ui/table-request';
import { SERVICE_DAY_FILTERS, SERVICE_DAY_SORTABLE, serviceLogApi } from './service-log.api';
import { useListColumns } from '../../../ui/list-columns';

/** 服务天数进度: every appointed commissioner of the region with the year's counter, sortable, 落后进度 filter. */
export function ServiceDaysTable({ year, behind }: { year?: string; behind?: string }) {
  const columns: ProColumns<TServiceDayCounter>[] = [
    {
      title: '年度',
      dataIndex: 'year',
      valueType: 'digit',
      hideInTable: true,
      initialValue: year ? Number(year) : undefined,
      fieldProps: { min: 2000, max: 2100, precision: 0, placeholder: '默认今年' },
    },
    { title: '姓名', dataIndex: 'keyword', hideInTable: true },
    {
      title: '进度',
      dataIndex: 'behind',
      valueType: 'select',
      hideInTable: true,
      initialValue: behind,
      valueEnum: { true: '落后进度', false: '进度正常' },
    },
    {
      title: '姓名',
      dataIndex: 'name',
      search: false,
      sorter: true,
      width: 110,
      render: (_d, r) => <Link to={`/commissioner/service-logs?commissionerId=${r.commissionerId}`}>{r.name}</Link>,
    },
    { title: '级别', dataIndex: 'levelLabel', search: false, width: 70 },
    { title: '已确认（天）', dataIndex: 'confirmedDays', search: false, sorter: true, width: 110, align: 'right' },
    { title: '待确认（天）', dataIndex: 'pendingDays', search: false, sorter: true, width: 110, align: 'right' },
    { title: '年度要求（天）', dataIndex: 'minServiceDays', search: false, width: 110, align: 'right' },
    { title: '按进度应达（天）', dataIndex: 'expectedDays', search: false, sorter: true, width: 130, align: 'right' },
    {
      title: '完成情况',
      search: false,
      width: 150,
      render: (_d, r) => (
        <Tooltip title={r.explanation}>
          <Progress
            percent={Math.min(
              100,
              Math.round(((r.confirmedDays + r.pendingDays) / Math.max(r.minServiceDays, 1)) * 100),
            )}
            success={{ percent: Math.min(100, Math.round((r.confirmedDays / Math.max(r.minServiceDays, 1)) * 100)) }}
            size="small"
          />
        </Tooltip>
      ),
    },
    {
      title: '状态',
      search: false,
      width: 90,
      render: (_d, r) => (r.behind ? <Tag color="red">落后进度</Tag> : <Tag color="green">正常</Tag>),
    },
    {
      title: '账号',
      search: false,
      width: 80,
      render: (_d, r) => (r.linked ? '已关联' : <Typography.Text type="secondary">未关联</Typography.Text>),
    },
  ];
  const listColumns = useListColumns('commissioner.service-days', columns);

  return (
    <ProTable<TServiceDayCounter>
      rowKey="commissionerId"
      headerTitle="科技特派员服务天数进度"
      request={tableRequest<TServiceDayCounter>((query) => serviceLogApi.days(query), {
        filters: pickFilters(...SERVICE_DAY_FILTERS),
        sortable: SERVICE_DAY_SORTABLE,
      })}
      {...listColumns}
      search={{ labelWidth: 'auto', defaultCollapsed: false }}
      form={{ name: 'service-days-search' }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
    />
  );
}
