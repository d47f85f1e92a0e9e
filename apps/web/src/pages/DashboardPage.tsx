import { Dashboard } from '../modules/dashboard/Dashboard';

/** /dashboard: the leader's (and staff's) 数据看板. */
export default function DashboardPage() {
  return <Dashboard />;
}
