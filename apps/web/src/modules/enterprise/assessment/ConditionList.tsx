import { List, Space, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { RuleCondition } from '@kechuang/domain';

/** Checked conditions as ✓/✗ with the engine's Chinese sentence and the document it comes from. */
export function ConditionList({
  conditions,
  numbered = false,
}: {
  conditions: readonly RuleCondition[];
  numbered?: boolean;
}) {
  return (
    <List
      size="small"
      dataSource={[...conditions]}
      renderItem={(c, i) => (
        <List.Item className="kc-condition" data-passed={c.passed} style={{ alignItems: 'flex-start' }}>
          <Space align="start" size={10}>
            {c.passed ? (
              <CheckCircleFilled style={{ color: '#52c41a', marginTop: 4 }} aria-label="符合" />
            ) : (
              <CloseCircleFilled style={{ color: '#ff4d4f', marginTop: 4 }} aria-label="不符合" />
            )}
            <div>
              <Typography.Text strong>
                {numbered ? `${i + 1}. ` : ''}
                {c.label}
              </Typography.Text>
              <div style={{ color: c.passed ? 'rgba(0,0,0,0.65)' : '#cf1322' }}>{c.message}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                依据：{c.doc}
              </Typography.Text>
            </div>
          </Space>
        </List.Item>
      )}
    />
  );
}
