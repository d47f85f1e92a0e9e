import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** The name authenticator apps show above the code. */
export const TOTP_ISSUER = '科创平台';
const PERIOD_SECONDS = 30;
// One step either side of now: a phone clock a little off, or a code typed as it turned over, still counts.
const WINDOW = 1;

const totpOf = (secretBase32: string, account = '') =>
  new TOTP({ issuer: TOTP_ISSUER, label: account, secret: Secret.fromBase32(secretBase32), period: PERIOD_SECONDS });

/** A fresh 160-bit secret in base32 (RFC 4226's recommended length). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// link an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, account: string): string {
  return totpOf(secretBase32, account).toString();
}

/**
 * The time-step a 6-digit code belongs to (RFC 6238, SHA-1, 30 s, one step of drift either side), or null when it is
 * no code of this secret now. The caller refuses a step not after the last one accepted (a replayed code).
 */
export function totpStepOf(secretBase32: string, code: string, now = Date.now()): number | null {
  const delta = totpOf(secretBase32).validate({ token: code, timestamp: now, window: WINDOW });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/** The code a secret shows at a moment (the demo's and tests' authenticator). */
export function totpCodeOf(secretBase32: string, now = Date.now()): string {
  return totpOf(secretBase32).generate({ timestamp: now });
}

const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O or 1/I to misread

/** Ten one-time recovery codes, `XXXXX-XXXXX` (50 random bits each). */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const chars = [...randomBytes(10)].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** A recovery code as it is digested: upper case, without the dash or spaces. */
export function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}
