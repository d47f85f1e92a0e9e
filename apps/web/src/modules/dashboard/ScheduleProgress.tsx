import { Progress, Tooltip, theme } from 'antd';

/**
 * 完成率 as a bar with a marker at 序时进度 (the share of the year elapsed): behind the marker the bar takes the
 * warning colour, so a leader sees at a glance which targets lag.
 */
export function ScheduleProgress({ rate, elapsed, behind }: { rate: string; elapsed: string; behind: boolean }) {
  const { token } = theme.useToken();
  const percent = Math.min(Number(rate), 100);
  const marker = Math.min(Number(elapsed), 100);
  return (
    <div style={{ position: 'relative' }} data-testid="schedule-progress">
      <Progress
        percent={percent}
        showInfo={false}
        size="small"
        strokeColor={behind ? token.colorWarning : token.colorSuccess}
        aria-label={`完成率 ${rate}%，序时进度 ${elapsed}%`}
      />
      <Tooltip title={`序时进度 ${elapsed}%`}>
        <span
          style={{
            position: 'absolute',
            left: `${marker}%`,
            top: 2,
            width: 2,
            height: 14,
            background: token.colorText,
            transform: 'translateX(-1px)',
          }}
        />
      </Tooltip>
    </div>
  );
}
