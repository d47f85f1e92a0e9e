import { Table } from 'antd';
import { formatWanText, type TRdTaskSummary } from '@kechuang/domain';

type Group = TRdTaskSummary['byTownship'][number];

/** One aggregation dimension: units, R&D staff, internal expenditure (万元), share, government money, external. */
export function RdGroupTable({ rows, keyTitle }: { rows: Group[]; keyTitle: string }) {
  return (
    <Table<Group>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: keyTitle, dataIndex: 'label' },
        { title: '单位数', dataIndex: 'units', width: 80, align: 'right' },
        { title: '研发人员', dataIndex: 'rdStaff', width: 90, align: 'right' },
        {
          title: '内部支出',
          dataIndex: 'internalTotal',
          width: 160,
          align: 'right',
          render: (v: string) => formatWanText(v),
        },
        { title: '占比', dataIndex: 'sharePercent', width: 90, align: 'right', render: (v: string) => `${v}%` },
        {
          title: '其中政府资金',
          dataIndex: 'fundsGovernment',
          width: 150,
          align: 'right',
          render: (v: string) => formatWanText(v),
        },
        {
          title: '外部支出',
          dataIndex: 'external',
          width: 140,
          align: 'right',
          render: (v: string) => formatWanText(v),
        },
        {
          title: '享受加计扣除额',
          dataIndex: 'deductionClaimed',
          width: 150,
          align: 'right',
          render: (v: string) => formatWanText(v),
        },
      ]}
    />
  );
}
