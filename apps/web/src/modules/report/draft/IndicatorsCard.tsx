import { Card, Empty, List, Typography } from 'antd';
import { indicatorFigure } from '../../../ui/indicator-figure';
import type { ReportIndicator } from '../report.api';

/** The current values of the indicators the narrative sections (问题, 打算) speak of, beside the text. */
export function IndicatorsCard({ indicators }: { indicators: ReportIndicator[] }) {
  return (
    <Card size="small" title="相关指标（当前值）" data-testid="report-indicators">
      {indicators.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="问题与打算中未提及指标" />
      ) : (
        <List
          size="small"
          dataSource={indicators}
          renderItem={(i) => (
            <List.Item>
              <Typography.Text>{i.name}</Typography.Text>
              <Typography.Text strong>{indicatorFigure(i.value, i.unit).join(' ')}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
