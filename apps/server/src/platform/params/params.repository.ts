import type { Kysely } from 'kysely';
import type { PasswordPolicy } from '@kechuang/domain';
import { announceInvalidation, onCacheInvalidated } from '../cache/cache-broadcast';
import type { DB } from '../db/schema';

export interface SecurityPolicy {
  maxFailedAttempts: number;
  lockoutMinutes: number;
  idleTimeoutMinutes: number;
  sessionMaxHours: number;
  /** Failed sign-ins and password changes from one address in the window before its attempts pause. */
  failuresPerAddress: number;
  /** Wrong old passwords in a password change in the window before one's own changes pause. */
  passwordChangeFailures: number;
  failureWindowMinutes: number;
  /** The three administrator roles must sign in with a TOTP code too. */
  totpRequiredForAdmins: boolean;
  password: PasswordPolicy;
}

// Parameters change rarely; a short cache keeps them off the hot path, and updates clear it.
const TTL_MS = 5_000;
let cache: { at: number; values: Map<string, string> } | null = null;

onCacheInvalidated('params', () => (cache = null));

/** Clears the parameter cache (after an update); given `db`, on every instance. */
export function invalidateParams(db?: Kysely<DB>): Promise<void> {
  cache = null;
  return db ? announceInvalidation(db, 'params') : Promise.resolve();
}

/** All parameter values by key. */
export async function getParams(db: Kysely<DB>): Promise<Map<string, string>> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.values;
  const rows = await db.selectFrom('sys_param').select(['key', 'value']).execute();
  cache = { at: Date.now(), values: new Map(rows.map((r) => [r.key, r.value])) };
  return cache.values;
}

/** Reads an integer parameter; throws when it is missing (a migration bug, not user input). */
export async function getIntParam(db: Kysely<DB>, key: string): Promise<number> {
  const v = (await getParams(db)).get(key);
  if (v === undefined) throw new Error(`参数 ${key} 不存在`);
  return Number(v);
}

/** The security policy the security admin sets. */
export async function getSecurityPolicy(db: Kysely<DB>): Promise<SecurityPolicy> {
  const p = await getParams(db);
  const int = (k: string) => Number(p.get(`security.${k}`));
  return {
    maxFailedAttempts: int('max_failed_attempts'),
    lockoutMinutes: int('lockout_minutes'),
    idleTimeoutMinutes: int('idle_timeout_minutes'),
    sessionMaxHours: int('session_max_hours'),
    failuresPerAddress: int('sign_in_failures_per_address'),
    passwordChangeFailures: int('password_change_failures'),
    failureWindowMinutes: int('failure_window_minutes'),
    totpRequiredForAdmins: p.get('security.totp_required_for_admins') === 'true',
    password: {
      minLength: int('password_min_length'),
      minClasses: int('password_min_classes'),
      forbidUsername: p.get('security.password_forbid_username') === 'true',
    },
  };
}
