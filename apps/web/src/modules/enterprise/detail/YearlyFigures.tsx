import { Table, Typography } from 'antd';
import { formatWanAmount, type TAssessmentPrefill } from '@kechuang/domain';

type Year = NonNullable<TAssessmentPrefill['highTech']>['years'][number];

/**
 * 年度数据 as the register holds it. There is no yearly-figures endpoint; the assessment prefill carries up to
 * three years of them, which is what the calculators use, so that is what the detail shows.
 */
export function YearlyFigures({ prefill }: { prefill: TAssessmentPrefill | null }) {
  const years = prefill?.highTech?.years ?? [];
  const sme = prefill?.techSme;
  if (!years.length) {
    return <Typography.Text type="secondary">暂无年度数据（可通过 Excel 导入“数据年度”等列补充）</Typography.Text>;
  }
  return (
    <>
      <Table<Year>
        size="small"
        rowKey="year"
        pagination={false}
        dataSource={[...years].sort((a, b) => b.year - a.year)}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80 },
          { title: '销售收入（万元）', dataIndex: 'revenue', align: 'right', render: formatWanAmount },
          { title: '研发费用（万元）', dataIndex: 'rdExpense', align: 'right', render: formatWanAmount },
          { title: '境内研发费用（万元）', dataIndex: 'domesticRdExpense', align: 'right', render: formatWanAmount },
          { title: '净资产（万元）', dataIndex: 'netAssets', align: 'right', render: formatWanAmount },
        ]}
      />
      {sme && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {prefill?.year} 年：职工 {sme.staffTotal} 人，科技人员 {sme.techStaff} 人；Ⅰ类知识产权 {sme.ipClassI} 项，Ⅱ类{' '}
          {sme.ipClassII} 项。
        </Typography.Paragraph>
      )}
    </>
  );
}
