import { useContext } from 'react';
import { SessionContext, type SessionState } from './session-context';

/** The signed-in user (as the server describes them) and the sign-in/out actions. */
export function useSession(): SessionState {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession must be used inside <SessionProvider>');
  return ctx;
}
