import { Card, Progress, Space, Tag, Typography } from 'antd';
import type { TServiceDayCounter } from '@kechuang/domain';

/** 服务天数: confirmed days of the year against the level's minimum, pending days, and the pace (§5.1.1). */
export function DayCounter({ counter }: { counter: TServiceDayCounter }) {
  const percent = Math.min(100, Math.round((counter.confirmedDays / Math.max(counter.minServiceDays, 1)) * 100));
  const pendingPercent = Math.min(
    100,
    Math.round(((counter.confirmedDays + counter.pendingDays) / Math.max(counter.minServiceDays, 1)) * 100),
  );
  return (
    <Card size="small" data-testid="day-counter" styles={{ body: { padding: 16 } }}>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
          <Typography.Text type="secondary">
            {counter.year} 年服务天数 · {counter.levelLabel}
          </Typography.Text>
          {counter.behind ? <Tag color="red">落后进度</Tag> : <Tag color="green">进度正常</Tag>}
        </Space>
        <div>
          <Typography.Text data-testid="confirmed-days" style={{ fontSize: 32, fontWeight: 600 }}>
            {counter.confirmedDays}
          </Typography.Text>
          <Typography.Text type="secondary"> / {counter.minServiceDays} 天已确认</Typography.Text>
        </div>
        <Progress percent={pendingPercent} success={{ percent }} showInfo={false} />
        <Space size={16} wrap>
          <Typography.Text data-testid="pending-days">待确认 {counter.pendingDays} 天</Typography.Text>
          <Typography.Text type="secondary">按进度应达 {counter.expectedDays} 天</Typography.Text>
        </Space>
      </Space>
    </Card>
  );
}
