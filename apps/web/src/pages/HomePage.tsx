import { PageContainer } from '@ant-design/pro-components';
import { WelcomeCard } from '../modules/home/WelcomeCard';
import { useSession } from '../modules/auth/use-session';
import { useCan } from '../modules/auth/use-can';
import { DashboardSummaryCard } from '../modules/dashboard/DashboardSummaryCard';
import { TodoSummaryCard } from '../modules/todos/TodoSummaryCard';

export default function HomePage() {
  const { user } = useSession();
  const canDashboard = useCan('dashboard:view');
  return (
    <PageContainer>
      {user && (
        <WelcomeCard
          user={user}
          todos={
            <>
              {canDashboard && <DashboardSummaryCard />}
              <TodoSummaryCard />
            </>
          }
        />
      )}
    </PageContainer>
  );
}
