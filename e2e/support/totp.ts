import { TOTP } from 'otpauth';
// eslint-disable-next-line no-restricted-imports -- the demo administrators' secrets as the seed documents them (test only).
import { DEMO_ACCOUNTS } from '../../apps/server/src/seed/demo-accounts';

const PERIOD_MS = 30_000;
// The last time-step each account used on each server: the server accepts a step once, so a second sign-in in the
// same half-minute takes the next step's code (still inside the server's one-step window), and a third waits.
const lastStep = new Map<string, number>();

/** The demo secret of an account that signs in with a TOTP code (the three administrators), or undefined. */
export function demoTotpSecret(username: string): string | undefined {
  return DEMO_ACCOUNTS.find((a) => a.username === username)?.totpSecret;
}

/** A code the server has not seen yet for this account (`server` keys the memory: each server has its own data). */
export async function freshTotpCode(server: string, username: string, secret: string): Promise<string> {
  const key = `${server} ${username}`;
  const current = Math.floor(Date.now() / PERIOD_MS);
  const step = Math.max(current, (lastStep.get(key) ?? -1) + 1);
  if (step > current + 1) await new Promise((r) => setTimeout(r, (step - 1) * PERIOD_MS - Date.now() + 500));
  lastStep.set(key, step);
  return new TOTP({ secret, period: PERIOD_MS / 1000 }).generate({ timestamp: step * PERIOD_MS });
}
