import { PageContainer } from '@ant-design/pro-components';
import { WelcomeCard } from '../modules/home/WelcomeCard';
import { useSession } from '../modules/auth/use-session';

export default function HomePage() {
  const { user } = useSession();
  return <PageContainer>{user && <WelcomeCard user={user} />}</PageContainer>;
}
