import { Button, Card, Table } from 'antd';
import { formatWanText, type TRdTrendPoint } from '@kechuang/domain';
import { handleMutationError } from '../../../ui/mutation-error';
import { saveFile } from '../../../ui/save-file';
import { rdApi } from '../rd.api';

/** 各期趋势: approved units, expenditure, GDP and intensity per period, with its export. */
export function RdTrendCard({ points }: { points: TRdTrendPoint[] }) {
  const exportTrend = () =>
    rdApi.exportTrend().then(
      (f) => saveFile(f, '研发经费趋势.xlsx'),
      (e: unknown) => handleMutationError(e),
    );
  return (
    <Card size="small" title="各期趋势" extra={<Button onClick={exportTrend}>导出趋势</Button>}>
      <Table<TRdTrendPoint>
        size="small"
        rowKey="period"
        pagination={false}
        dataSource={points}
        columns={[
          { title: '期间', dataIndex: 'periodLabel' },
          { title: '通过单位', dataIndex: 'units', align: 'right' },
          {
            title: '研发经费内部支出',
            dataIndex: 'internalTotal',
            align: 'right',
            render: (v: string) => formatWanText(v),
          },
          { title: '地区生产总值', dataIndex: 'gdp', align: 'right', render: (v: string | null) => formatWanText(v) },
          {
            title: '投入强度',
            dataIndex: 'intensityPercent',
            align: 'right',
            render: (v: string | null) => (v ? `${v}%` : '-'),
          },
        ]}
      />
    </Card>
  );
}
