import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Button } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { TodoList } from '../modules/todos/TodoList';
import { todosApi } from '../modules/todos/todos.api';
import { usePageTitle } from '../ui/page-title';
import { useLoader } from '../ui/use-loader';

/** 我的待办: what the signed-in user has to do in every module, earliest due first. */
export default function MyTodosPage() {
  usePageTitle('我的待办');
  const todos = useLoader('todos', () => todosApi.mine());
  return (
    <PageContainer
      title="我的待办"
      content="各业务中需要您办理的事项，按截止日期排列；点击事项前往办理。"
      extra={
        <Button icon={<ReloadOutlined />} onClick={todos.reload}>
          刷新
        </Button>
      }
    >
      <ProCard bordered>
        <TodoList items={todos.data ?? []} loading={todos.loading} />
      </ProCard>
    </PageContainer>
  );
}
