import { Alert, Table, Typography } from 'antd';
import type { TEvalEntry } from '@kechuang/domain';

/** The working: each quantitative indicator explained, then how the grade was reached, and any 摘牌 proposal. */
export function QuantitativeItems({ entry }: { entry: TEvalEntry }) {
  return (
    <>
      {entry.quantitativeItems.length > 0 && (
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={entry.quantitativeItems}
          columns={[
            { title: '类别', dataIndex: 'group', width: 110 },
            { title: '指标', dataIndex: 'label', width: 180 },
            { title: '得分', dataIndex: 'points', width: 70 },
            { title: '满分', dataIndex: 'maxPoints', width: 60 },
            { title: '说明', dataIndex: 'message' },
          ]}
        />
      )}
      {entry.gradeMessage && <Typography.Paragraph style={{ marginTop: 8 }}>{entry.gradeMessage}</Typography.Paragraph>}
      {entry.revocationReason && <Alert type="error" showIcon message={entry.revocationReason} />}
    </>
  );
}
