import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { useSession } from './use-session';

/**
 * Shows children to a signed-in user. Signed-out users go to the login page; a user whose password
 * must change goes to the change-password page first, then an administrator without two-step verification to its
 * set-up (the server refuses everything else anyway).
 */
export function RequireSession({
  children,
  allowPasswordChange = false,
  allowTotpEnrolment = false,
}: {
  children: ReactNode;
  allowPasswordChange?: boolean;
  allowTotpEnrolment?: boolean;
}) {
  const { status, user } = useSession();
  const location = useLocation();
  if (status === 'loading') return <FullPageSpin />;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (user.mustChangePassword && !allowPasswordChange) return <Navigate to="/change-password" replace />;
  if (user.mustEnrolTotp && !user.mustChangePassword && !allowTotpEnrolment) {
    return <Navigate to="/two-factor" replace />;
  }
  return <>{children}</>;
}
