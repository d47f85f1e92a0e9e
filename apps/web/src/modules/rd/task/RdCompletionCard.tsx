import { Card, Col, Progress, Row, Statistic, Table } from 'antd';
import type { TRdCompletion } from '@kechuang/domain';

/** 填报率 overall and per township (submitted and approved count as reported). */
export function RdCompletionCard({ completion }: { completion: TRdCompletion }) {
  const o = completion.overall;
  return (
    <Card title="填报率" size="small">
      <Row gutter={24} align="middle">
        <Col span={6}>
          <Progress
            type="dashboard"
            percent={Number(o.reportedRate)}
            format={() => <span data-testid="overall-rate">{o.reportedRate}%</span>}
          />
        </Col>
        <Col span={18}>
          <Row gutter={16}>
            <Col span={4}>
              <Statistic title="填报单位" value={o.units} />
            </Col>
            <Col span={4}>
              <Statistic title="未填" value={o.notFilled} />
            </Col>
            <Col span={4}>
              <Statistic title="已保存" value={o.saved} />
            </Col>
            <Col span={4}>
              <Statistic title="已提交" value={o.submitted} />
            </Col>
            <Col span={4}>
              <Statistic title="通过" value={o.approved} />
            </Col>
            <Col span={4}>
              <Statistic title="退回" value={o.returned} />
            </Col>
          </Row>
          <Table
            style={{ marginTop: 12 }}
            size="small"
            rowKey={(t) => t.townshipCode ?? 'none'}
            pagination={false}
            dataSource={completion.byTownship}
            columns={[
              { title: '乡镇', dataIndex: 'townshipName' },
              { title: '单位数', dataIndex: 'units', width: 80 },
              { title: '已报', width: 80, render: (_v, t) => t.submitted + t.approved },
              { title: '退回', dataIndex: 'returned', width: 80 },
              {
                title: '填报率',
                width: 180,
                render: (_v, t) => (
                  <Progress size="small" percent={Number(t.reportedRate)} format={() => `${t.reportedRate}%`} />
                ),
              },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}
