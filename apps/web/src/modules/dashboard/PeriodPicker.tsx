import dayjs from 'dayjs';
import { Button, DatePicker, Select, Space } from 'antd';
import type { DashboardQuery } from './dashboard.api';
import { thisYear } from './use-dashboard-params';

const PARTS = [
  { value: '', label: '全年' },
  { value: 'H1', label: '上半年' },
  { value: 'H2', label: '下半年' },
];

interface Props {
  query: DashboardQuery;
  onChange: (next: Partial<DashboardQuery>) => void;
}

/** The period (a year or a half-year, with shortcuts to this year and the report's 2022 H1) and the date read at. */
export function PeriodPicker({ query, onChange }: Props) {
  const year = query.period.slice(0, 4);
  const part = query.period.slice(4);
  // A new period reads at its own end (or today) unless a date is picked again.
  const setPeriod = (period: string) => onChange({ period, asOf: undefined });
  return (
    <Space wrap size={8}>
      <Button
        size="small"
        onClick={() => setPeriod(thisYear())}
        type={query.period === thisYear() ? 'primary' : 'default'}
      >
        本年度
      </Button>
      <Button size="small" onClick={() => setPeriod('2022H1')} type={query.period === '2022H1' ? 'primary' : 'default'}>
        2022年上半年
      </Button>
      <DatePicker
        picker="year"
        aria-label="年度"
        allowClear={false}
        value={dayjs(`${year}-01-01`)}
        onChange={(d) => d && setPeriod(`${d.year()}${part}`)}
        style={{ width: 96 }}
      />
      <Select
        aria-label="期间"
        value={part}
        options={PARTS}
        onChange={(p) => setPeriod(`${year}${p}`)}
        style={{ width: 96 }}
      />
      <DatePicker
        aria-label="截至日期"
        placeholder="截至日期"
        value={query.asOf ? dayjs(query.asOf) : null}
        onChange={(d) => onChange({ asOf: d ? d.format('YYYY-MM-DD') : undefined })}
        style={{ width: 136 }}
      />
    </Space>
  );
}
