import { useEffect } from 'react';
import { Card, Col, Descriptions, Empty, List, Row, Tag, Typography } from 'antd';
import { formatWanAmount, type TPublicBidResult, type TPublicDemand } from '@kechuang/domain';
import { api } from '../../../api/client';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { useLoader } from '../../../ui/use-loader';

/** The public 榜单 (docs/rules.md §5.2): published demands, without the contact person, open to everyone. */
export function PublicDemandBoard() {
  const list = useLoader('all', () => api.get<TPublicDemand[]>('/public/tech-demands'));
  const results = useLoader('results', () => api.get<TPublicBidResult[]>('/public/tech-demand/bid-results'));
  useEffect(() => {
    document.title = '揭榜挂帅榜单';
  }, []);
  if (list.loading && !list.data) return <FullPageSpin />;
  const demands = list.data ?? [];
  const inPublicity = results.data ?? [];
  return (
    <div style={{ maxWidth: 1200, margin: '0 auto', padding: '24px 16px' }}>
      <Typography.Title level={3}>“揭榜挂帅”关键技术需求榜单</Typography.Title>
      <Typography.Paragraph type="secondary">
        英雄不论出处，谁有本事谁就揭榜。以下需求经专家论证遴选后发榜，欢迎高校、科研院所和科技人才团队在截止日期前揭榜。
      </Typography.Paragraph>
      {inPublicity.length > 0 && (
        <Card title="揭榜结果公示" size="small" style={{ marginBottom: 16 }}>
          <List
            dataSource={inPublicity}
            renderItem={(r) => (
              <List.Item key={r.bidId}>
                <List.Item.Meta
                  title={`${r.demandTitle}（发榜单位：${r.enterpriseName ?? '-'}）`}
                  description={
                    <>
                      拟定揭榜单位：<Typography.Text strong>{r.institutionName}</Typography.Text>
                      <br />
                      {`公示期：${r.publicityFrom} 至 ${r.publicityTo}（${r.workingDays} 个工作日）。`}
                      {'公示期内对结果有异议的，请以书面形式向发榜地科技局反映。'}
                    </>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      )}
      {demands.length === 0 ? (
        <Empty description="暂无发榜的需求" />
      ) : (
        <Row gutter={[16, 16]}>
          {demands.map((d) => (
            <Col key={d.id} xs={24} md={12}>
              <Card
                title={d.title}
                size="small"
                extra={
                  <Tag color={d.state === 'bidding' ? 'orange' : 'red'}>
                    {d.state === 'bidding' ? '揭榜中' : '已发榜'}
                  </Tag>
                }
              >
                <Descriptions column={1} size="small" labelStyle={{ width: 96 }}>
                  <Descriptions.Item label="发榜单位">{`${d.enterpriseName ?? ''}（${d.regionName ?? ''}）`}</Descriptions.Item>
                  <Descriptions.Item label="技术领域">{d.field}</Descriptions.Item>
                  <Descriptions.Item label="技术难题">{d.problem}</Descriptions.Item>
                  <Descriptions.Item label="技术指标">{d.indicators ?? '-'}</Descriptions.Item>
                  <Descriptions.Item label="榜单金额">{formatWanAmount(d.budget)} 万元</Descriptions.Item>
                  <Descriptions.Item label="揭榜截止">
                    <Typography.Text strong>{d.bidDeadline ?? '-'}</Typography.Text>
                  </Descriptions.Item>
                </Descriptions>
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
