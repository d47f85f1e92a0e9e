import { Col, Row, Space, Statistic, Typography } from 'antd';
import { formatWanAmount, type TRdDeductionAssessment } from '@kechuang/domain';
import { ExplainLines } from './ExplainLines';
import { VerdictBanner } from './VerdictBanner';

/** 加计扣除 result: eligibility and ratio with the policy it comes from, then the deduction and the tax saved. */
export function RdDeductionResultView({ result: { ratio, estimate } }: { result: TRdDeductionAssessment }) {
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <VerdictBanner
        tone={ratio.eligible ? 'success' : 'error'}
        outcome={ratio.eligible ? `加计 ${ratio.expensedPercent}%` : '不能享受'}
        summary={ratio.eligible ? `无形资产按成本的 ${ratio.intangiblePercent}% 摊销` : (ratio.lines[0] ?? '')}
      />
      <div>
        <Typography.Title level={5}>适用政策</Typography.Title>
        <ExplainLines lines={ratio.lines} />
      </div>
      {estimate && (
        <div>
          <Typography.Title level={5}>测算</Typography.Title>
          <Row gutter={16} style={{ marginBottom: 12 }}>
            <Col span={12}>
              <Statistic title="加计扣除额（万元）" value={formatWanAmount(estimate.deduction)} />
            </Col>
            <Col span={12}>
              <Statistic
                title={`少缴企业所得税（万元，税率 ${estimate.taxRatePercent}%）`}
                value={formatWanAmount(estimate.taxSaving)}
                valueStyle={{ color: '#389e0d' }}
              />
            </Col>
          </Row>
          <ExplainLines lines={estimate.lines} />
        </div>
      )}
    </Space>
  );
}
