import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { DatePicker, Select, Space, Tag, Typography } from 'antd';
import { DaysLeftTag } from './DaysLeftTag';
import dayjs, { type Dayjs } from 'dayjs';
import { showError } from '../../../ui/feedback';
import type { TDeadline } from '../enterprise.types';
import { poolApi } from '../pool.api';

const KINDS: Record<string, string> = { 'annual-report': '年度报表', 'annual-update': '年度更新', expiry: '资格到期' };
const WITHIN = [30, 60, 120, 365];

const columns: ProColumns<TDeadline>[] = [
  { title: '剩余', dataIndex: 'daysLeft', width: 130, render: (_d, r) => <DaysLeftTag days={r.daysLeft} /> },
  { title: '截止日期', dataIndex: 'due', width: 110 },
  {
    title: '企业',
    dataIndex: 'enterpriseName',
    width: 240,
    render: (_d, r) => <Link to={`/enterprise/${r.enterpriseId}`}>{r.enterpriseName}</Link>,
  },
  {
    title: '事项',
    dataIndex: 'title',
    width: 300,
    render: (_d, r) => (
      <Space size={6}>
        <Tag bordered={false}>{KINDS[r.kind] ?? r.kind}</Tag>
        {r.title}
      </Space>
    ),
  },
  { title: '逾期后果', dataIndex: 'consequence', ellipsis: true },
];

/**
 * 到期提醒: 高企年报, 科小年度更新 and certificate expiries, soonest first. The 基准日 lets staff look at the
 * calendar as of another day (e.g. the start of the reporting season).
 */
export function DeadlineTable() {
  // ?today=YYYY-MM-DD&within=N open the list as of another day (links from reports and reminders).
  const [params] = useSearchParams();
  const [today, setToday] = useState<Dayjs>(() => {
    const raw = params.get('today') ?? '';
    return /^\d{4}-\d{2}-\d{2}$/.test(raw) && dayjs(raw).isValid() ? dayjs(raw) : dayjs();
  });
  const [within, setWithin] = useState(() =>
    WITHIN.includes(Number(params.get('within'))) ? Number(params.get('within')) : 120,
  );
  return (
    <ProTable<TDeadline>
      rowKey={(r) => `${r.enterpriseId}-${r.kind}-${r.due}`}
      params={{ today: today.format('YYYY-MM-DD'), within }}
      request={async (p) => {
        try {
          const rows = await poolApi.deadlines({ within: p.within as number, today: p.today as string });
          // The server sorts by daysLeft already; sorted again so the order never depends on it.
          const data = [...rows].sort((a, b) => a.daysLeft - b.daysLeft);
          return { data, total: data.length, success: true };
        } catch (e) {
          showError(e);
          return { data: [], total: 0, success: false };
        }
      }}
      columns={columns}
      search={false}
      headerTitle="将到期事项"
      toolBarRender={() => [
        <Space key="today">
          <Typography.Text type="secondary">基准日</Typography.Text>
          <DatePicker value={today} allowClear={false} onChange={(d) => d && setToday(d)} />
        </Space>,
        <Select
          key="within"
          value={within}
          onChange={setWithin}
          style={{ width: 130 }}
          options={WITHIN.map((d) => ({ value: d, label: `${d} 天内到期` }))}
        />,
      ]}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
    />
  );
}
