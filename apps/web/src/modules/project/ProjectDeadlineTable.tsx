import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { DatePicker, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DaysLeftTag } from '../enterprise/deadlines/DaysLeftTag';
import { showError } from '../../ui/feedback';
import { projectApi, type TProjectDeadline } from './project.api';

const KINDS: Record<TProjectDeadline['kind'], { label: string; color: string }> = {
  'call-closing': { label: '批次截止', color: 'blue' },
  'midterm-due': { label: '中期检查', color: 'orange' },
  'acceptance-due': { label: '验收到期', color: 'purple' },
};
const WITHIN = [7, 30, 60, 120, 365];

const columns: ProColumns<TProjectDeadline>[] = [
  { title: '剩余', dataIndex: 'daysLeft', width: 130, render: (_d, r) => <DaysLeftTag days={r.daysLeft} /> },
  { title: '截止日期', dataIndex: 'due', width: 110 },
  {
    title: '类型',
    dataIndex: 'kind',
    width: 100,
    render: (_d, r) => (
      <Tag bordered={false} color={KINDS[r.kind].color}>
        {KINDS[r.kind].label}
      </Tag>
    ),
  },
  {
    title: '事项',
    dataIndex: 'title',
    ellipsis: true,
    render: (_d, r) => (
      <Link to={r.applicationId ? `/project/applications/${r.applicationId}` : `/project/calls?id=${r.callId}`}>
        {r.title}
      </Link>
    ),
  },
  {
    title: '承担单位',
    dataIndex: 'enterpriseName',
    width: 220,
    render: (_d, r) => (r.enterpriseId ? <Link to={`/enterprise/${r.enterpriseId}`}>{r.enterpriseName}</Link> : '—'),
  },
];

/** 项目期限: calls closing, mid-term checks and acceptances due, soonest (and overdue) first, as of a 基准日. */
export function ProjectDeadlineTable() {
  // ?today=YYYY-MM-DD&within=N open the list as of another day (links from reports and reminders).
  const [params] = useSearchParams();
  const [today, setToday] = useState<Dayjs>(() => {
    const raw = params.get('today') ?? '';
    return /^\d{4}-\d{2}-\d{2}$/.test(raw) && dayjs(raw).isValid() ? dayjs(raw) : dayjs();
  });
  const [within, setWithin] = useState(() =>
    WITHIN.includes(Number(params.get('within'))) ? Number(params.get('within')) : 30,
  );
  const [kind, setKind] = useState<TProjectDeadline['kind'] | undefined>();
  return (
    <ProTable<TProjectDeadline>
      rowKey={(r) => `${r.kind}-${r.applicationId ?? r.callId}-${r.due}`}
      params={{ today: today.format('YYYY-MM-DD'), within, kind }}
      request={async (p) => {
        try {
          const rows = await projectApi.deadlines({ within: p.within as number, today: p.today as string });
          const data = rows.filter((r) => !p.kind || r.kind === p.kind).sort((a, b) => a.daysLeft - b.daysLeft);
          return { data, total: data.length, success: true };
        } catch (e) {
          showError(e);
          return { data: [], total: 0, success: false };
        }
      }}
      columns={columns}
      search={false}
      headerTitle="项目期限"
      toolBarRender={() => [
        <Select
          key="kind"
          allowClear
          placeholder="全部类型"
          value={kind}
          onChange={setKind}
          style={{ width: 130 }}
          options={Object.entries(KINDS).map(([value, k]) => ({ value, label: k.label }))}
        />,
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
