import { Table } from 'antd';
import { formatWanText, type TRdDeductions } from '@kechuang/domain';
import { useLoader } from '../../../ui/use-loader';
import { rdApi } from '../rd.api';

type Row = TRdDeductions['rows'][number];
const money = (v: string | null) => formatWanText(v);

/** 加计扣除测算: each unit's expensed R&D, estimated deduction and tax saving beside what it claimed, with totals. */
export function RdDeductionTable({ taskId }: { taskId: number }) {
  const { data } = useLoader(taskId, () => rdApi.deductions(taskId));
  if (!data) return null;
  return (
    <Table<Row>
      size="small"
      rowKey="unitId"
      dataSource={data.rows}
      pagination={{ pageSize: 10 }}
      // The expand column comes first, so 合计 spans it, 单位 and 可享受.
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={3}>
            合计
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            {money(data.total.expensedRd)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            {money(data.total.deduction)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} align="right">
            {money(data.total.taxSaving)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={6} align="right">
            {money(data.total.claimed)}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
      columns={[
        { title: '单位', dataIndex: 'enterpriseName' },
        { title: '可享受', dataIndex: 'eligible', width: 80, render: (v: boolean) => (v ? '是' : '否') },
        { title: '费用化研发支出', dataIndex: 'expensedRd', width: 150, align: 'right', render: money },
        { title: '测算加计扣除额', dataIndex: 'deduction', width: 150, align: 'right', render: money },
        { title: '测算减税', dataIndex: 'taxSaving', width: 130, align: 'right', render: money },
        { title: '单位填报', dataIndex: 'claimed', width: 130, align: 'right', render: money },
      ]}
      expandable={{ expandedRowRender: (r) => r.lines.map((l) => <div key={l}>{l}</div>) }}
    />
  );
}
