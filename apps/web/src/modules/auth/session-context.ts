import { createContext } from 'react';
import type { TCurrentUser, TTotpLoginRequest } from '@kechuang/domain';

export type SignInStep = { user: TCurrentUser } | { challenge: string };

export type SessionStatus = 'loading' | 'signed-out' | 'signed-in';

export interface SessionState {
  status: SessionStatus;
  user: TCurrentUser | null;
  /** The password step: the signed-in user, or the challenge of the TOTP step that comes next. */
  signIn(username: string, password: string): Promise<SignInStep>;
  /** The TOTP step: a 6-digit code or a recovery code with the password step's challenge. */
  signInWithTotp(body: TTotpLoginRequest): Promise<TCurrentUser>;
  signOut(): Promise<void>;
  /** Reads /auth/me again (after a password change, or when the server says the session changed). */
  reload(): Promise<TCurrentUser | null>;
}

export const SessionContext = createContext<SessionState | null>(null);
