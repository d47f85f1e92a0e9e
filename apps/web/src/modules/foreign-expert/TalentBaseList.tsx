import { Card, Col, Descriptions, Empty, Row, Space, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { TECH_PLATFORM_STATE_LABELS, type TechPlatformState } from '@kechuang/domain';
import { useTalentBases } from './use-talent-bases';

/** The region's 引智基地 (创新平台 of kind 引智基地) with the experts linked to each and its visits. */
export function TalentBaseList() {
  const { bases, loading } = useTalentBases();
  if (loading) return <Spin />;
  if (bases.length === 0) return <Empty description="本辖区暂无引智基地（在创新平台中登记类别为“引智基地”的平台）" />;
  return (
    <Row gutter={[16, 16]}>
      {bases.map((b) => (
        <Col key={b.id} xs={24} lg={12}>
          <Card
            title={<Link to={`/tech-platform/platforms/${b.id}`}>{b.name}</Link>}
            extra={<Tag color="green">{TECH_PLATFORM_STATE_LABELS[b.status as TechPlatformState] ?? b.status}</Tag>}
          >
            <Descriptions column={1} size="small" labelStyle={{ width: 90 }} contentStyle={{ minWidth: 0 }}>
              <Descriptions.Item label="运营单位">{b.operatorName ?? '-'}</Descriptions.Item>
              <Descriptions.Item label="认定日期">{b.recognizedOn ?? '-'}</Descriptions.Item>
              <Descriptions.Item label="外国专家">
                {b.experts.length === 0 ? (
                  '-'
                ) : (
                  <Space size={[4, 4]} wrap>
                    {b.experts.map((x) => (
                      <Tag key={x.id}>
                        {x.name}
                        {x.countryLabel ? `（${x.countryLabel}）` : ''}
                      </Tag>
                    ))}
                  </Space>
                )}
              </Descriptions.Item>
              <Descriptions.Item label="来访指导">
                {b.visits.length === 0 ? (
                  '-'
                ) : (
                  <Space direction="vertical" size={2} style={{ width: '100%', minWidth: 0 }}>
                    {b.visits.map((v) => (
                      <Typography.Text key={v.id} ellipsis={{ tooltip: v.topics }} style={{ width: '100%' }}>
                        {v.startOn} 至 {v.endOn}：{v.topics}
                      </Typography.Text>
                    ))}
                  </Space>
                )}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
