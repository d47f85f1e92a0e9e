import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../ui/format';
import { TIMELINE_MODULES, type TimelineModule, type TTimelineEvent } from '@kechuang/domain';

// Events come from every module; the tag says which (TIMELINE_MODULES names every module that writes here).

/** 时间线: everything that happened to the enterprise across modules, newest first (the server's order). */
export function EnterpriseTimeline({ events }: { events: TTimelineEvent[] }) {
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />;
  return (
    <Timeline
      items={events.map((ev) => {
        const m: { label: string; color: string } = TIMELINE_MODULES[ev.module as TimelineModule] ?? {
          label: '其他',
          color: 'default',
        };
        return {
          key: ev.id,
          color: m.color === 'default' ? 'gray' : m.color,
          children: (
            <div className="kc-timeline-item">
              <Space size={8} wrap>
                <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatDateTime(ev.at)}
                </Typography.Text>
                <Tag color={m.color} bordered={false}>
                  {m.label}
                </Tag>
                <Typography.Text strong>{ev.title}</Typography.Text>
              </Space>
              {(ev.detail || ev.actorName) && (
                <div style={{ color: 'rgba(0,0,0,0.55)', marginTop: 2 }}>
                  {ev.detail}
                  {ev.detail && ev.actorName ? ' · ' : ''}
                  {ev.actorName ? `操作人：${ev.actorName === 'system' ? '系统' : ev.actorName}` : ''}
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
