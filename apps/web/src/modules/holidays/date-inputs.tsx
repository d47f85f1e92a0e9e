import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

const FORMAT = 'YYYY-MM-DD';
const toDay = (s: string | undefined) => (s ? dayjs(s, FORMAT) : null);

/** 放假起止 as two 'YYYY-MM-DD' strings in the form store (what the API takes). */
export function DateRangeInput({
  value,
  onChange,
}: {
  value?: [string, string] | null;
  onChange?: (v: [string, string] | null) => void;
}) {
  return (
    <DatePicker.RangePicker
      format={FORMAT}
      value={value ? [toDay(value[0]), toDay(value[1])] : null}
      onChange={(d) => onChange?.(d && d[0] && d[1] ? [d[0].format(FORMAT), d[1].format(FORMAT)] : null)}
      placeholder={['放假开始', '放假结束']}
      style={{ width: '100%' }}
    />
  );
}

/** 调休上班日: several dates picked in one calendar, kept as 'YYYY-MM-DD' strings. */
export function DateListInput({ value, onChange }: { value?: string[]; onChange?: (v: string[]) => void }) {
  return (
    <DatePicker
      multiple
      format={FORMAT}
      value={(value ?? []).map((s) => dayjs(s, FORMAT))}
      onChange={(d: Dayjs[] | null) => onChange?.((d ?? []).map((x) => x.format(FORMAT)).sort())}
      placeholder="无调休可不填"
      // Only Saturdays and Sundays can be worked in exchange.
      disabledDate={(d) => d.day() !== 0 && d.day() !== 6}
      style={{ width: '100%' }}
    />
  );
}
