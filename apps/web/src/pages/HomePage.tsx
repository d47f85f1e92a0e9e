import { PageContainer } from '@ant-design/pro-components';
import { WelcomeCard } from '../modules/home/WelcomeCard';
import { useSession } from '../modules/auth/use-session';
import { TodoSummaryCard } from '../modules/todos/TodoSummaryCard';

export default function HomePage() {
  const { user } = useSession();
  return <PageContainer>{user && <WelcomeCard user={user} todos={<TodoSummaryCard />} />}</PageContainer>;
}
