import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';
import { personalData } from '../../../platform/crypto/personal-data';
import { sha256 } from '../../../platform/auth/session.store';
import { normaliseRecoveryCode } from './totp-code';

/** An account's TOTP row (enrolled or waiting for its confirming code), if any. */
export async function findTotp(db: Kysely<DB>, userId: number) {
  return db.selectFrom('user_totp').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** The secret of a TOTP row, opened from its seal. */
export const openTotpSecret = (row: { secret_sealed: string }) => personalData().open(row.secret_sealed);

/** Starts (or restarts) an enrolment: a new secret, not enrolled until a code confirms it. */
export async function savePendingSecret(db: Kysely<DB>, userId: number, secret: string): Promise<void> {
  const values = { user_id: userId, secret_sealed: personalData().seal(secret), enrolled_at: null, last_step: null };
  await db
    .insertInto('user_totp')
    .values(values)
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...values, created_at: new Date() }))
    .execute();
}

/**
 * Accepts a code's time-step in one statement, only if it is after the last one accepted: a code (or an older one)
 * used once is refused, even by two requests at the same moment. Answers whether it was accepted.
 */
export async function acceptStep(db: Kysely<DB>, userId: number, step: number, enrol = false): Promise<boolean> {
  const row = await db
    .updateTable('user_totp')
    .set({ last_step: step, ...(enrol ? { enrolled_at: new Date() } : {}) })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Replaces an account's recovery codes with new ones (stored as keyed digests). */
export async function replaceRecoveryCodes(db: Kysely<DB>, userId: number, codes: string[]): Promise<void> {
  await db.deleteFrom('user_totp_recovery_code').where('user_id', '=', userId).execute();
  await db
    .insertInto('user_totp_recovery_code')
    .values(codes.map((c) => ({ user_id: userId, code_digest: personalData().digest(normaliseRecoveryCode(c)) })))
    .execute();
}

/** Spends a recovery code in one statement (a code works once, even for two requests at once). */
export async function spendRecoveryCode(db: Kysely<DB>, userId: number, code: string): Promise<boolean> {
  const row = await db
    .updateTable('user_totp_recovery_code')
    .set({ used_at: new Date() })
    .where('user_id', '=', userId)
    .where('code_digest', '=', personalData().digest(normaliseRecoveryCode(code)))
    .where('used_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** How many unused recovery codes an account has left. */
export async function countRecoveryCodesLeft(db: Kysely<DB>, userId: number): Promise<number> {
  const row = await db
    .selectFrom('user_totp_recovery_code')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Removes an account's TOTP and its recovery codes (turned off, or reset by the security admin). */
export async function deleteTotp(db: Kysely<DB>, userId: number): Promise<void> {
  await db.deleteFrom('user_totp_recovery_code').where('user_id', '=', userId).execute();
  await db.deleteFrom('user_totp').where('user_id', '=', userId).execute();
}

const CHALLENGE_MINUTES = 5;

/** A challenge for the second step of a sign-in; only its hash is stored, and it lapses in five minutes. */
export async function createChallenge(db: Kysely<DB>, userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.deleteFrom('sign_in_challenge').where('expires_at', '<', new Date()).execute();
  await db
    .insertInto('sign_in_challenge')
    .values({
      token_hash: sha256(token),
      user_id: userId,
      expires_at: new Date(Date.now() + CHALLENGE_MINUTES * 60_000),
    })
    .execute();
  return token;
}

/** The account a live challenge belongs to, if the challenge exists and has not lapsed. */
export async function findChallengeUser(db: Kysely<DB>, token: string): Promise<number | null> {
  const row = await db
    .selectFrom('sign_in_challenge')
    .select('user_id')
    .where('token_hash', '=', sha256(token))
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return row?.user_id ?? null;
}

/** Ends a challenge once the sign-in it started has opened its session. */
export async function deleteChallenge(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('sign_in_challenge').where('token_hash', '=', sha256(token)).execute();
}
