import { Descriptions, Flex, Typography } from 'antd';
import type { TAuditEntry } from '@kechuang/domain';
import { changedKeys } from './changed-keys';
import { JsonBlock } from './JsonBlock';

/** The expanded row: before and after side by side (the data snapshot), then details and the chain hash. */
export function AuditEntryDetail({ entry }: { entry: TAuditEntry }) {
  const hasDiff = entry.before !== null || entry.after !== null;
  // Only a real before/after pair has "changes"; a create (no before) would otherwise tint every key.
  const changed = entry.before !== null && entry.after !== null ? changedKeys(entry.before, entry.after) : undefined;
  return (
    <div style={{ padding: '4px 8px' }}>
      {hasDiff && (
        <Flex gap={16} style={{ marginBottom: 12 }}>
          <JsonBlock title="修改前" value={entry.before} changed={changed} />
          <JsonBlock title="修改后" value={entry.after} changed={changed} />
        </Flex>
      )}
      {entry.details !== null && <JsonBlock title="详细信息" value={entry.details} />}
      <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
        <Descriptions.Item label="哈希（SM3 链）">
          <Typography.Text code copyable style={{ fontSize: 12 }}>
            {entry.hash}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
