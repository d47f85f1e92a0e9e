import { Tag } from 'antd';

const WARN_DAYS = 30;

/** Overdue red, due within 30 days orange, later blue: what needs a phone call today stands out. */
export function DaysLeftTag({ days }: { days: number }) {
  if (days < 0) return <Tag color="red">已逾期 {-days} 天</Tag>;
  if (days === 0) return <Tag color="red">今天到期</Tag>;
  return <Tag color={days <= WARN_DAYS ? 'orange' : 'blue'}>还有 {days} 天</Tag>;
}
