import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { DatePicker, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { tableRequest } from '../table-request';
import { DaysLeftTag } from './DaysLeftTag';

/** What every deadline row has: the due date and the days left from the 基准日 (negative = overdue). */
export interface DeadlineRow {
  due: string;
  daysLeft: number;
}

/** The 基准日 and the horizon a deadline list is asked for. */
export type DeadlineQuery = { today: string; within: number };

interface Props<T extends DeadlineRow, K extends string> {
  headerTitle: string;
  /** The module's columns, after 剩余 and 截止日期. */
  columns: ProColumns<T>[];
  load: (query: DeadlineQuery) => Promise<T[]>;
  rowKey: (row: T) => string;
  /** The 天内到期 choices and the one the list opens with. */
  within: { options: number[]; initial: number };
  /** An optional 类型 filter: the kinds with their labels, and a row's kind. */
  kinds?: { labels: Record<K, string>; of: (row: T) => K };
}

const columnsBefore: ProColumns<DeadlineRow>[] = [
  { title: '剩余', dataIndex: 'daysLeft', width: 130, render: (_d, r) => <DaysLeftTag days={r.daysLeft} /> },
  { title: '截止日期', dataIndex: 'due', width: 110 },
];

/**
 * A list of what falls due, soonest (and overdue) first, as of a 基准日 that staff can move to look at the calendar
 * as of another day; `?today=YYYY-MM-DD&within=N` open it that way (links from reports and reminders).
 */
export function DeadlineTable<T extends DeadlineRow, K extends string = string>({
  headerTitle,
  columns,
  load,
  rowKey,
  within: withinChoice,
  kinds,
}: Props<T, K>) {
  const [params] = useSearchParams();
  const [today, setToday] = useState<Dayjs>(() => {
    const raw = params.get('today') ?? '';
    return /^\d{4}-\d{2}-\d{2}$/.test(raw) && dayjs(raw).isValid() ? dayjs(raw) : dayjs();
  });
  const [within, setWithin] = useState(() => {
    const asked = Number(params.get('within'));
    return withinChoice.options.includes(asked) ? asked : withinChoice.initial;
  });
  const [kind, setKind] = useState<K | undefined>();
  return (
    <ProTable<T>
      rowKey={rowKey}
      params={{ today: today.format('YYYY-MM-DD'), within, kind }}
      request={tableRequest<T>(async (q) => {
        const rows = await load({ today: q.today as string, within: q.within as number });
        // Sorted here too, so the order never depends on the server's.
        return rows.filter((r) => !q.kind || kinds?.of(r) === q.kind).sort((a, b) => a.daysLeft - b.daysLeft);
      })}
      columns={[...(columnsBefore as ProColumns<T>[]), ...columns]}
      search={false}
      headerTitle={headerTitle}
      toolBarRender={() => [
        kinds && (
          <Select<K>
            key="kind"
            allowClear
            placeholder="全部类型"
            value={kind}
            onChange={setKind}
            style={{ width: 130 }}
            options={(Object.entries(kinds.labels) as [K, string][]).map(([value, label]) => ({ value, label }))}
          />
        ),
        <Space key="today">
          <Typography.Text type="secondary">基准日</Typography.Text>
          <DatePicker value={today} allowClear={false} onChange={(d) => d && setToday(d)} />
        </Space>,
        <Select
          key="within"
          value={within}
          onChange={setWithin}
          style={{ width: 130 }}
          options={withinChoice.options.map((d) => ({ value: d, label: `${d} 天内到期` }))}
        />,
      ]}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
    />
  );
}
