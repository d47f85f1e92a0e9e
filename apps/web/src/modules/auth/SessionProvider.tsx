import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { TCurrentUser } from '@kechuang/domain';
import { ApiError, configureClient, setCsrfToken } from '../../api/client';
import { authApi } from './auth.api';
import { SessionContext, type SessionState, type SessionStatus } from './session-context';

/** Holds the current user from /auth/me and wires the API client's 401 and forced-password-change handling. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [user, setUser] = useState<TCurrentUser | null>(null);

  const accept = useCallback((csrf: string | null, next: TCurrentUser | null) => {
    setCsrfToken(csrf);
    setUser(next);
    setStatus(next ? 'signed-in' : 'signed-out');
    return next;
  }, []);

  const reload = useCallback(async () => {
    try {
      const me = await authApi.me();
      return accept(me.csrfToken, me.user);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return accept(null, null);
      throw e;
    }
  }, [accept]);

  useEffect(() => {
    configureClient({
      onUnauthorized: () => accept(null, null),
      // The server refuses everything until the password is changed; mark the user so the router sends them there.
      onPasswordChangeRequired: () =>
        setUser((u) => (u && !u.mustChangePassword ? { ...u, mustChangePassword: true } : u)),
      // Likewise for an administrator who must set up two-step verification first.
      onTotpEnrolmentRequired: () => setUser((u) => (u && !u.mustEnrolTotp ? { ...u, mustEnrolTotp: true } : u)),
    });
    reload().catch(() => accept(null, null));
  }, [accept, reload]);

  const value = useMemo<SessionState>(
    () => ({
      status,
      user,
      reload,
      signIn: async (username, password) => {
        const res = await authApi.login(username, password);
        if ('challenge' in res) return { challenge: res.challenge };
        return { user: accept(res.csrfToken, res.user) as TCurrentUser };
      },
      signInWithTotp: async (body) => {
        const res = await authApi.loginWithTotp(body);
        return accept(res.csrfToken, res.user) as TCurrentUser;
      },
      signOut: async () => {
        try {
          await authApi.logout();
        } finally {
          accept(null, null);
        }
      },
    }),
    [status, user, reload, accept],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
