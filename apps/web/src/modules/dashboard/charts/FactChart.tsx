import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsOption } from 'echarts';
import { echarts } from './echarts';

/** What a clicked bar, slice or point carries: the list page of exactly its records (a fact's link). */
export interface LinkedDatum {
  value: number;
  name?: string;
  link?: string;
}

interface Props {
  option: EChartsOption;
  /** Called with the clicked datum's link (the module's list filtered by ?ids=). */
  onOpen: (link: string) => void;
  height?: number;
  /** Names the chart for screen readers and tests. */
  label: string;
}

/** One ECharts chart (zh-CN) whose data items open their records when clicked. */
export function FactChart({ option, onOpen, height = 260, label }: Props) {
  return (
    <div role="img" aria-label={label} data-testid={`chart-${label}`}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        opts={{ locale: 'ZH' }}
        style={{ height, width: '100%' }}
        onEvents={{
          click: (e: { data?: LinkedDatum }) => {
            if (e.data?.link) onOpen(e.data.link);
          },
        }}
      />
    </div>
  );
}
