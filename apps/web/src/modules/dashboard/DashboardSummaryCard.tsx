import { Link } from 'react-router-dom';
import { Card } from 'antd';
import { useOpenRecords } from '../../ui/open-records';
import { useLoader } from '../../ui/use-loader';
import { useSession } from '../auth/use-session';
import { dashboardApi } from './dashboard.api';
import { IndicatorCards } from './IndicatorCards';
import { thisYear } from './use-dashboard-params';

/** The home page's first key indicators of the user's region this year, with the way into the whole dashboard. */
export function DashboardSummaryCard() {
  const { user } = useSession();
  const openRecords = useOpenRecords();
  const region = user?.regionCode ?? null;
  const readings = useLoader(region, () => dashboardApi.readings({ region: region!, period: thisYear() }));
  return (
    <Card title="本年度重点指标" extra={<Link to="/dashboard">进入数据看板</Link>}>
      <IndicatorCards readings={readings} onOpen={openRecords} limit={4} />
    </Card>
  );
}
