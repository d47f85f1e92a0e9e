import { Alert, List, Typography } from 'antd';
import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import type { TEligibility } from '@kechuang/domain';

/** The eligibility checks (docs/rules.md §5.1), each with its Chinese explanation citing the rule's source. */
export function EligibilityList({
  result,
  override,
}: {
  result: Omit<TEligibility, 'on'> & { on?: string };
  override?: string | null;
}) {
  return (
    <div data-testid="eligibility">
      <Alert
        type={result.passed ? 'success' : override ? 'warning' : 'error'}
        showIcon
        message={
          result.passed
            ? `符合资格条件${result.on ? `（按 ${result.on} 核对）` : ''}`
            : override
              ? `不符合资格条件，已填写例外原因：${override}`
              : '不符合资格条件：聘任前须填写例外原因'
        }
        style={{ marginBottom: 8 }}
      />
      <List
        size="small"
        dataSource={result.checks}
        renderItem={(c) => (
          <List.Item>
            <Typography.Text>
              {c.passed ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <CloseCircleTwoTone twoToneColor="#ff4d4f" />}{' '}
              {c.message}
            </Typography.Text>
          </List.Item>
        )}
      />
    </div>
  );
}
