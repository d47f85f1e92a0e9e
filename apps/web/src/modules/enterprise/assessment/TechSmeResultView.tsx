import { Space, Table, Typography } from 'antd';
import { CheckOutlined, MinusOutlined } from '@ant-design/icons';
import type { TechSmeResult } from '@kechuang/domain';
import { ConditionList } from './ConditionList';
import { VerdictBanner } from './VerdictBanner';

interface ScoreRow {
  key: string;
  indicator: string;
  value: string;
  band: string;
  points: string;
  message: string;
}

/** 科小 result: verdict, eligibility ✓/✗, the 100-point table (R&D: the better of two ratios), gates, direct routes. */
export function TechSmeResultView({ result: r }: { result: TechSmeResult }) {
  const { techStaff, rd, ip } = r.scores;
  const chosen = rd.chosen === 'revenue' ? rd.byRevenue : rd.byCost;
  const rows: ScoreRow[] = [
    {
      key: 'staff',
      indicator: techStaff.indicator,
      value: techStaff.value ?? '-',
      band: techStaff.bandLabel,
      points: `${techStaff.points} / ${techStaff.maxPoints}`,
      message: techStaff.message,
    },
    {
      key: 'rd',
      indicator: `研发投入（取${chosen.indicator}）`,
      value: chosen.value ?? '-',
      band: chosen.bandLabel,
      points: `${rd.points} / ${rd.maxPoints}`,
      message: rd.message,
    },
    {
      key: 'ip',
      indicator: ip.indicator,
      value: ip.value ?? '-',
      band: ip.bandLabel,
      points: `${ip.points} / ${ip.maxPoints}`,
      message: ip.message,
    },
  ];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <VerdictBanner
        tone={r.verdict.qualifies ? 'success' : 'error'}
        outcome={r.verdict.qualifies ? (r.verdict.route === 'direct' ? '直接符合' : '符合条件') : '不符合'}
        summary={r.verdict.summary}
      />
      <div>
        <Typography.Title level={5}>
          评价得分：{r.scores.total} / {r.scores.maxTotal} 分
        </Typography.Title>
        <Table<ScoreRow>
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: '指标', dataIndex: 'indicator' },
            { title: '数值', dataIndex: 'value', width: 150 },
            { title: '档位', dataIndex: 'band', width: 140 },
            { title: '得分', dataIndex: 'points', width: 80, align: 'right' },
          ]}
          expandable={{ expandedRowRender: (row) => <Typography.Text type="secondary">{row.message}</Typography.Text> }}
        />
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          另一口径：{rd.chosen === 'revenue' ? rd.byCost.message : rd.byRevenue.message}
        </Typography.Paragraph>
      </div>
      <div>
        <Typography.Title level={5}>门槛</Typography.Title>
        <ConditionList conditions={r.gates} />
      </div>
      <div>
        <Typography.Title level={5}>资格条件</Typography.Title>
        <ConditionList conditions={r.eligibility.conditions} />
      </div>
      <div>
        <Typography.Title level={5}>直通条件</Typography.Title>
        {r.directRoutes.map((d) => (
          <div key={d.id} style={{ color: d.met ? '#389e0d' : 'rgba(0,0,0,0.45)' }}>
            {d.met ? <CheckOutlined /> : <MinusOutlined />} {d.label}
          </div>
        ))}
      </div>
    </Space>
  );
}
