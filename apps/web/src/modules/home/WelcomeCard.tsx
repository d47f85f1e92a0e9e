import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { ROLE_LABELS, type RoleCode, type TCurrentUser } from '@kechuang/domain';
import { userMenu, type NavItem } from '../auth/user-menu';
import { useInbox } from '../messages/use-inbox';

const roleLabel = (code: string) => ROLE_LABELS[code as RoleCode] ?? code;

function greeting(now = new Date()): string {
  const h = now.getHours();
  if (h < 6) return '夜深了';
  if (h < 12) return '上午好';
  if (h < 14) return '中午好';
  if (h < 18) return '下午好';
  return '晚上好';
}

function leaves(menu: NavItem[]): NavItem[] {
  return menu.flatMap((m) => (m.children ? leaves(m.children) : m.key === 'home' ? [] : [m]));
}

/**
 * Who you are, what roles you hold and which region you serve — only facts the server gave us; `todos` (the 我的待办
 * card) comes right after, before the list of pages.
 */
export function WelcomeCard({ user, todos }: { user: TCurrentUser; todos?: ReactNode }) {
  const { unread } = useInbox();
  const pages = leaves(userMenu(user));
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {greeting()}，{user.displayName}
        </Typography.Title>
        <Descriptions column={{ xs: 1, sm: 2, lg: 4 }} size="small">
          <Descriptions.Item label="用户名">{user.username}</Descriptions.Item>
          <Descriptions.Item label="角色">
            {user.roles.length ? (
              user.roles.map((r) => (
                <Tag key={r} color="blue">
                  {roleLabel(r)}
                </Tag>
              ))
            ) : (
              <Typography.Text type="secondary">尚未授予角色</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="所属区划">
            {user.regionName}（{user.regionCode}）
          </Descriptions.Item>
          <Descriptions.Item label="未读消息">
            <Link to="/messages">{unread} 条</Link>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {todos}
      <Card title="我的功能">
        {pages.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description="您的角色目前没有其他功能菜单；如需开通，请联系安全管理员授权。"
          />
        ) : (
          <Space wrap size={[12, 12]}>
            {pages.map((p) => (
              <Link key={p.key} to={p.path}>
                <Tag style={{ padding: '6px 14px', fontSize: 14, cursor: 'pointer' }}>{p.label}</Tag>
              </Link>
            ))}
          </Space>
        )}
      </Card>
    </Space>
  );
}
