import type { ReactNode } from 'react';
import { Dropdown, Space, Typography } from 'antd';
import { DownOutlined } from '@ant-design/icons';

export interface RowAction {
  key: string;
  label: ReactNode;
  onClick?: () => void;
  danger?: boolean;
  /** Left out when false (a permission or a state the row is not in). */
  visible?: boolean;
}

/**
 * A list row's 操作, compact (issue 22): `lead` (links that need their own wrapper — a router Link, a Popconfirm)
 * first, then the first `inline` actions as links and the rest under 更多.
 */
export function RowActions({ lead, actions, inline = 1 }: { lead?: ReactNode; actions: RowAction[]; inline?: number }) {
  const shown = actions.filter((a) => a.visible !== false);
  // Never a 更多 holding a single item: that item is shown as a link instead.
  const direct = shown.length - inline <= 1 ? shown : shown.slice(0, inline);
  const more = shown.slice(direct.length);
  return (
    <Space size={12}>
      {lead}
      {direct.map((a) => (
        <Typography.Link key={a.key} type={a.danger ? 'danger' : undefined} onClick={a.onClick}>
          {a.label}
        </Typography.Link>
      ))}
      {more.length > 0 && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: more.map((a) => ({ key: a.key, label: a.label, danger: a.danger })),
            onClick: ({ key }) => more.find((a) => a.key === key)?.onClick?.(),
          }}
        >
          <Typography.Link>
            更多 <DownOutlined style={{ fontSize: 10 }} />
          </Typography.Link>
        </Dropdown>
      )}
    </Space>
  );
}
