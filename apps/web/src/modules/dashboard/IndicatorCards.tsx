import { Alert, Col, Empty, Row, Skeleton } from 'antd';
import type { IndicatorReadings } from '@kechuang/domain';
import type { Loaded } from '../../ui/use-loader';
import { IndicatorCard } from './IndicatorCard';

interface Props {
  readings: Loaded<IndicatorReadings>;
  onOpen: (link: string) => void;
  /** Only the first few (the home page's summary). */
  limit?: number;
}

/** The key indicator cards of the region and period, each opening the records behind its actual. */
export function IndicatorCards({ readings, onOpen, limit }: Props) {
  const { data, loading, error } = readings;
  if (loading && !data) return <Skeleton active />;
  if (error) return <Alert type="warning" showIcon message="指标读数暂不可用" description={error.message} />;
  if (!data || data.rows.length === 0) return <Empty description="尚未配置指标模板" />;
  return (
    <Row gutter={[12, 12]}>
      {data.rows.slice(0, limit).map((r) => (
        <Col key={r.key} xs={24} sm={12} lg={8} xl={6}>
          <IndicatorCard reading={r} elapsed={data.elapsedShare} onOpen={onOpen} />
        </Col>
      ))}
    </Row>
  );
}
