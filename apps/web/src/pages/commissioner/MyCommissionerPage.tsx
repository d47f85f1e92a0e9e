import CommissionerRosterPage from './CommissionerRosterPage';

export default function MyCommissionerPage() {
  return <CommissionerRosterPage mine />;
}
