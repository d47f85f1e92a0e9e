import { Card, Space, Statistic, Tag, Typography } from 'antd';
import type { IndicatorReading } from '@kechuang/domain';
import { indicatorFigure } from '../../ui/indicator-figure';
import { ScheduleProgress } from './ScheduleProgress';

interface Props {
  reading: IndicatorReading;
  elapsed: string;
  onOpen: (link: string) => void;
}

const changeColour = (r: IndicatorReading) => {
  if (!r.change || r.change.startsWith('0') || r.change === '+0') return undefined;
  const up = !r.change.startsWith('-');
  return up === (r.direction === 'higher') ? 'green' : 'red';
};

/** One key indicator: actual, target, 完成率 against 序时进度, change on last year and rank; a click lists its records. */
export function IndicatorCard({ reading: r, elapsed, onOpen }: Props) {
  const open = r.link ? () => onOpen(r.link) : undefined;
  const text = (v: string) => indicatorFigure(v, r.unit).join(' ');
  return (
    <Card
      size="small"
      hoverable={Boolean(open)}
      onClick={open}
      data-testid={`indicator-${r.key}`}
      aria-label={r.name}
      title={<span title={r.name}>{r.name}</span>}
      extra={
        r.rankByValue !== null && r.siblingCount > 1 ? (
          <Tag color="blue">
            第{r.rankByValue}/{r.siblingCount}
          </Tag>
        ) : null
      }
    >
      <Statistic
        value={r.actual === null ? '未填报' : indicatorFigure(r.actual, r.unit)[0]}
        suffix={r.actual === null ? undefined : indicatorFigure(r.actual, r.unit)[1]}
      />
      <Space direction="vertical" size={2} style={{ width: '100%', marginTop: 4 }}>
        <Typography.Text type="secondary">
          目标 {r.target === null ? '未下达' : text(r.target)}
          {r.completionRate !== null && ` · 完成率 ${r.completionRate}%`}
        </Typography.Text>
        {r.completionRate !== null && (
          <ScheduleProgress rate={r.completionRate} elapsed={elapsed} behind={r.behindSchedule === true} />
        )}
        <Typography.Text type="secondary">
          同比{' '}
          {r.lastYear === null ? '—' : <Tag color={changeColour(r)}>{r.change === null ? '—' : text(r.change)}</Tag>}
          {r.source === 'manual' && r.manualSource ? ` · 来源：${r.manualSource}` : ''}
        </Typography.Text>
      </Space>
    </Card>
  );
}
