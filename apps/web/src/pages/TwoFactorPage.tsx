import { TwoFactorCard } from '../modules/auth/two-factor/TwoFactorCard';

export default function TwoFactorPage() {
  return (
    <div className="kc-auth-page">
      <TwoFactorCard />
    </div>
  );
}
