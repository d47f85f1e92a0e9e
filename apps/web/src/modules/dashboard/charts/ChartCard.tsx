import type { ReactNode } from 'react';
import type { EChartsOption } from 'echarts';
import { Card, Empty } from 'antd';
import { FactChart } from './FactChart';

interface Props {
  title: string;
  /** Null when the period has no figures: the card says so instead of drawing empty axes. */
  option: EChartsOption | null;
  onOpen: (link: string) => void;
  height?: number;
  extra?: ReactNode;
  children?: ReactNode;
}

/** A dashboard card holding one clickable chart (and, below it, an optional table of the same figures). */
export function ChartCard({ title, option, onOpen, height, extra, children }: Props) {
  return (
    <Card size="small" title={title} extra={extra} style={{ height: '100%' }}>
      {option ? (
        <FactChart label={title} option={option} onOpen={onOpen} height={height} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本期暂无数据" />
      )}
      {children}
    </Card>
  );
}
