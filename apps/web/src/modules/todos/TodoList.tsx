import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Empty, List, Space, Tag, Typography } from 'antd';
import { chinaToday, daysBetween, type TTodoItem } from '@kechuang/domain';
import './todos.css';

/** Each kind's tag colour (a kind not listed is grey). */
const KIND_COLORS: Record<string, string> = {
  待填报: 'blue',
  退回修改: 'orange',
  待评审: 'purple',
  资质到期: 'volcano',
  待评价: 'cyan',
  待审核: 'geekblue',
  待受理: 'geekblue',
  待确认: 'gold',
};

/** The due date in words: overdue in red, due within a week in orange. */
function Due({ on, today }: { on: string; today: string }) {
  const left = daysBetween(today, on);
  if (left < 0) return <Typography.Text type="danger">{`${on} 截止，已逾期 ${-left} 天`}</Typography.Text>;
  const text = left === 0 ? `${on} 截止（今天）` : `${on} 截止，还有 ${left} 天`;
  return <Typography.Text type={left <= 7 ? 'warning' : 'secondary'}>{text}</Typography.Text>;
}

/** 我的待办: a filter by kind (with counts), then the items, each opening where it is done. */
export function TodoList({ items, loading }: { items: TTodoItem[]; loading: boolean }) {
  const [kind, setKind] = useState<string | null>(null);
  const today = chinaToday();
  const kinds = [...new Set(items.map((i) => i.kind))];
  const shown = kind ? items.filter((i) => i.kind === kind) : items;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {kinds.length > 1 && (
        <Space wrap size={[4, 8]} className="todo-kinds">
          <Tag.CheckableTag checked={kind === null} onChange={() => setKind(null)}>
            全部 {items.length}
          </Tag.CheckableTag>
          {kinds.map((k) => (
            <Tag.CheckableTag key={k} checked={kind === k} onChange={() => setKind(kind === k ? null : k)}>
              {k} {items.filter((i) => i.kind === k).length}
            </Tag.CheckableTag>
          ))}
        </Space>
      )}
      <List<TTodoItem>
        className="todo-list"
        loading={loading}
        dataSource={shown}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待办事项" /> }}
        renderItem={(item) => (
          <List.Item key={item.key}>
            <Link to={item.link} className="todo-item">
              <Space size={8} align="start" className="todo-head">
                <Tag color={KIND_COLORS[item.kind] ?? 'default'}>{item.kind}</Tag>
                <Typography.Text strong className="todo-title">
                  {item.title}
                </Typography.Text>
              </Space>
              {item.detail && (
                <Typography.Paragraph type="secondary" className="todo-detail">
                  {item.detail}
                </Typography.Paragraph>
              )}
              {item.dueOn && <Due on={item.dueOn} today={today} />}
            </Link>
          </List.Item>
        )}
      />
    </Space>
  );
}
