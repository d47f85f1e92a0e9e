import { Link } from 'react-router-dom';
import { Badge, Card, Space, Tag, Typography } from 'antd';
import { chinaToday } from '@kechuang/domain';
import { useLoader } from '../../ui/use-loader';
import { todosApi } from './todos.api';

/** 首页's 我的待办 card: how many there are (overdue ones said apart) and the first three, earliest due first. */
export function TodoSummaryCard() {
  const todos = useLoader('todos', () => todosApi.mine());
  const items = todos.data ?? [];
  const today = chinaToday();
  const overdue = items.filter((i) => i.dueOn && i.dueOn < today).length;
  return (
    <Card
      title={
        <Space>
          我的待办
          <Badge count={items.length} showZero color={items.length ? '#fa541c' : '#bfbfbf'} />
        </Space>
      }
      extra={<Link to="/me/todos">查看全部</Link>}
      loading={todos.loading && !todos.data}
    >
      {items.length === 0 ? (
        <Typography.Text type="secondary">暂无待办事项</Typography.Text>
      ) : (
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          <Typography.Text>
            共 {items.length} 项待办
            {overdue > 0 && <Typography.Text type="danger">，其中 {overdue} 项已逾期</Typography.Text>}
          </Typography.Text>
          {items.slice(0, 3).map((i) => (
            <Link key={i.key} to={i.link}>
              <Tag>{i.kind}</Tag>
              {i.title}
              {i.dueOn && (
                <Typography.Text type={i.dueOn < today ? 'danger' : 'secondary'}>（{i.dueOn} 截止）</Typography.Text>
              )}
            </Link>
          ))}
        </Space>
      )}
    </Card>
  );
}
