import { useState } from 'react';
import type { EChartsOption } from 'echarts';
import { Alert, Card, Select, Space, Table, Typography } from 'antd';
import type { IndicatorComparison, IndicatorReadings } from '@kechuang/domain';
import { useLoader } from '../../ui/use-loader';
import { FactChart } from './charts/FactChart';
import { dashboardApi, type DashboardQuery } from './dashboard.api';
import { indicatorFigure } from '../../ui/indicator-figure';

type Row = IndicatorComparison['rows'][number];

interface Props {
  query: DashboardQuery;
  readings: IndicatorReadings | null;
  /** Opens a child region's own dashboard. */
  onDrill: (regionCode: string) => void;
}

/** A city or the province compares its children on one indicator: value, target, 完成率 and rank, with a drill. */
export function ChildrenComparison({ query, readings, onDrill }: Props) {
  const keys = readings?.rows.map((r) => ({ value: r.key, label: r.name })) ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const key = picked ?? keys[0]?.value ?? null;
  const loaded = useLoader(key ? `${query.region}:${query.period}:${query.asOf ?? ''}:${key}` : null, () =>
    dashboardApi.comparison(query, key!),
  );
  const c = loaded.data;
  const value = (v: string | null) => (v === null || !c ? '—' : indicatorFigure(v, c.indicator.unit)[0]);
  const unit = c ? indicatorFigure('0', c.indicator.unit)[1] : '';
  const option: EChartsOption | null = c?.rows.length
    ? {
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 8, right: 8, top: 28, bottom: 32, containLabel: true },
        xAxis: { type: 'category', data: c.rows.map((r) => r.regionName), axisLabel: { interval: 0, rotate: 30 } },
        yAxis: { type: 'value', name: unit },
        series: [
          {
            type: 'bar',
            name: '实际',
            // A bar's "link" is the region it drills into.
            data: c.rows.map((r) => ({ value: Number(value(r.actual).replace(/,/g, '')) || 0, link: r.regionCode })),
          },
          { type: 'bar', name: '目标', data: c.rows.map((r) => Number(value(r.target).replace(/,/g, '')) || 0) },
        ],
      }
    : null;
  return (
    <Card
      size="small"
      title="下辖区划对比"
      extra={
        <Select
          aria-label="对比指标"
          style={{ minWidth: 220 }}
          value={key ?? undefined}
          options={keys}
          onChange={setPicked}
          placeholder="选择指标"
        />
      }
    >
      {loaded.error && <Alert type="warning" showIcon message="对比数据暂不可用" description={loaded.error.message} />}
      {option && <FactChart label="下辖区划对比" option={option} onOpen={onDrill} height={240} />}
      <Table<Row>
        size="small"
        rowKey="regionCode"
        loading={loaded.loading}
        pagination={false}
        scroll={{ x: 560 }}
        dataSource={c?.rows ?? []}
        data-testid="children-comparison"
        columns={[
          { title: '排名', dataIndex: 'rankByValue', width: 64, render: (r: number | null) => r ?? '—' },
          {
            title: '区划',
            dataIndex: 'regionName',
            render: (name: string, r) => (
              <Typography.Link onClick={() => onDrill(r.regionCode)} aria-label={`查看${name}看板`}>
                {name}
              </Typography.Link>
            ),
          },
          { title: `实际（${unit}）`, dataIndex: 'actual', align: 'right', render: value },
          { title: `目标（${unit}）`, dataIndex: 'target', align: 'right', render: value },
          {
            title: '完成率',
            dataIndex: 'completionRate',
            align: 'right',
            render: (v: string | null) => (v === null ? '—' : `${v}%`),
          },
          { title: '完成率排名', dataIndex: 'rankByRate', width: 96, render: (r: number | null) => r ?? '—' },
        ]}
        footer={() =>
          c && (
            <Space>
              <Typography.Text type="secondary">合计</Typography.Text>
              <Typography.Text strong>{value(c.total)}</Typography.Text>
              <Typography.Text type="secondary">{unit}</Typography.Text>
            </Space>
          )
        }
      />
    </Card>
  );
}
