import { Link } from 'react-router-dom';
import { Button, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { formatWanAmount, type TYearlyFiguresRow } from '@kechuang/domain';

const people = (v: number | null) => (v === null ? '-' : String(v));

/**
 * 年度数据 as the register holds it (newest first). Who may edit (staff of the county, the enterprise itself) opens a
 * year's page; the year before this one is offered when it is not on record yet.
 */
export function YearlyFigures({
  enterpriseId,
  years,
  canEdit,
}: {
  enterpriseId: number;
  years: TYearlyFiguresRow[];
  canEdit: boolean;
}) {
  const lastYear = new Date().getFullYear() - 1;
  const edit = (year: number) => `/enterprise/${enterpriseId}/yearly/${year}`;
  const missing = !years.some((y) => y.year === lastYear);
  return (
    <>
      {canEdit && missing && (
        <Link to={edit(lastYear)}>
          <Button size="small" icon={<PlusOutlined />} style={{ marginBottom: 8 }}>
            填报 {lastYear} 年度数据
          </Button>
        </Link>
      )}
      {years.length === 0 ? (
        <Typography.Paragraph type="secondary">暂无年度数据</Typography.Paragraph>
      ) : (
        <Table<TYearlyFiguresRow>
          size="small"
          rowKey="year"
          pagination={false}
          dataSource={years}
          columns={[
            { title: '年度', dataIndex: 'year', width: 64 },
            {
              title: '职工/科技人员（人）',
              key: 'staff',
              responsive: ['sm'],
              render: (_v, r) => `${people(r.staffTotal)} / ${people(r.techStaff)}`,
            },
            { title: '销售收入（万元）', dataIndex: 'revenue', align: 'right', render: formatWanAmount },
            { title: '研发费用（万元）', dataIndex: 'rdExpense', align: 'right', render: formatWanAmount },
            ...(canEdit
              ? [
                  {
                    title: '操作',
                    key: 'op',
                    width: 64,
                    render: (_v: unknown, r: TYearlyFiguresRow) => (
                      <Link to={edit(r.year)} style={{ whiteSpace: 'nowrap' }}>
                        编辑
                      </Link>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </>
  );
}
