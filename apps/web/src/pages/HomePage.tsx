import { PageContainer } from '@ant-design/pro-components';
import { Space } from 'antd';
import { WelcomeCard } from '../modules/home/WelcomeCard';
import { useSession } from '../modules/auth/use-session';
import { TodoSummaryCard } from '../modules/todos/TodoSummaryCard';

export default function HomePage() {
  const { user } = useSession();
  return (
    <PageContainer>
      {user && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <WelcomeCard user={user} />
          <TodoSummaryCard />
        </Space>
      )}
    </PageContainer>
  );
}
