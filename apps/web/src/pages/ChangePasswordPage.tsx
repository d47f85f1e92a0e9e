import { ChangePasswordCard } from '../modules/auth/ChangePasswordCard';

export default function ChangePasswordPage() {
  return (
    <div className="kc-auth-page">
      <ChangePasswordCard />
    </div>
  );
}
