import { Space, Table, Typography } from 'antd';
import type { HighTechResult, RangeScore } from '@kechuang/domain';
import { ConditionList } from './ConditionList';
import { ScoreRangeBar } from './ScoreRangeBar';
import { VerdictBanner } from './VerdictBanner';

const TONE = { 确定通过: 'success', 可能通过: 'warning', 难以通过: 'error', 不符合条件: 'error' } as const;
const range = (min: number, max: number) => (min === max ? `${min}` : `${min}–${max}`);

/** 高企 result: the verdict against the 71 line, the eight conditions ✓/✗, and each indicator's point range. */
export function HighTechResultView({ result: r }: { result: HighTechResult }) {
  const inn = r.innovation;
  const indicators: RangeScore[] = [inn.ip, inn.conversion, inn.management, inn.growth];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <VerdictBanner tone={TONE[r.verdict.outcome]} outcome={r.verdict.outcome} summary={r.verdict.summary} />
      <div>
        <Typography.Title level={5}>
          创新能力评价：{range(inn.minTotal, inn.maxTotal)} 分（及格线 {inn.passScore} 分）
        </Typography.Title>
        <ScoreRangeBar min={inn.minTotal} max={inn.maxTotal} pass={inn.passScore} />
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {inn.message}
          。保守估计按每项专家评分取档内最低分，乐观估计取最高分：保守估计达线为“确定通过”，仅乐观估计达线为“可能通过”。
        </Typography.Paragraph>
      </div>
      <div>
        <Typography.Title level={5}>
          八项认定条件
          {r.conditionsPassed ? '（均满足）' : `（${r.conditions.filter((c) => !c.passed).length} 项不满足）`}
        </Typography.Title>
        <ConditionList conditions={r.conditions} numbered />
      </div>
      <Table<RangeScore>
        size="small"
        rowKey="indicator"
        pagination={false}
        dataSource={indicators}
        columns={[
          { title: '评价指标', dataIndex: 'indicator' },
          { title: '自评分', width: 100, align: 'right', render: (_v, s) => `${range(s.minPoints, s.maxPoints)} 分` },
          { title: '满分', dataIndex: 'cap', width: 70, align: 'right' },
        ]}
        expandable={{
          expandedRowRender: (s) => (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {s.parts.map((p) => (
                <li key={p.label}>
                  {p.label}：{range(p.minPoints, p.maxPoints)} 分 —{' '}
                  <Typography.Text type="secondary">{p.message}</Typography.Text>
                </li>
              ))}
            </ul>
          ),
        }}
      />
    </Space>
  );
}
