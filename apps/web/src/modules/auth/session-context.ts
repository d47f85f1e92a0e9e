import { createContext } from 'react';
import type { TCurrentUser } from '@kechuang/domain';

export type SessionStatus = 'loading' | 'signed-out' | 'signed-in';

export interface SessionState {
  status: SessionStatus;
  user: TCurrentUser | null;
  signIn(username: string, password: string): Promise<TCurrentUser>;
  signOut(): Promise<void>;
  /** Reads /auth/me again (after a password change, or when the server says the session changed). */
  reload(): Promise<TCurrentUser | null>;
}

export const SessionContext = createContext<SessionState | null>(null);
