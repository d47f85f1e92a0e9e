import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';

/** The account a sign-in names (usernames compare case-insensitively). */
export async function findUserByUsername(db: Kysely<DB>, username: string) {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
}

/** One account by id (the signed-in user's own). */
export async function findUser(db: Kysely<DB>, id: number) {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/**
 * Counts a failed sign-in in one statement, so parallel guesses each count: the count restarts after an expired
 * lock, and the account locks for `lockoutMinutes` from the failure that reaches `max`.
 */
export async function countFailedSignIn(
  db: Kysely<DB>,
  userId: number,
  o: { max: number; lockoutMinutes: number },
): Promise<{ failedCount: number; locked: boolean }> {
  const expired = sql<boolean>`(locked_until is not null and locked_until <= now())`;
  const next = sql<number>`(case when ${expired} then 1 else failed_count + 1 end)`;
  const row = await db
    .updateTable('app_user')
    .set({
      failed_count: next,
      locked_until: sql`case when ${next} >= ${o.max} then now() + make_interval(mins => ${o.lockoutMinutes})
        when ${expired} then null else locked_until end`,
    })
    .where('id', '=', userId)
    .returning(['failed_count', 'locked_until'])
    .executeTakeFirstOrThrow();
  return { failedCount: row.failed_count, locked: row.locked_until !== null && row.locked_until > new Date() };
}

/**
 * A good sign-in clears the failure count and is the account's last sign-in — unless a parallel failure locked the
 * account meanwhile (answers false then).
 */
export async function recordSignIn(db: Kysely<DB>, userId: number): Promise<boolean> {
  const row = await db
    .updateTable('app_user')
    .set({ failed_count: 0, locked_until: null, last_login_at: new Date() })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', sql<Date>`now()`)]))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Stores a new password hash chosen by the user: the initial password no longer has to be changed. */
export async function savePassword(db: Kysely<DB>, userId: number, hash: string): Promise<void> {
  await db
    .updateTable('app_user')
    .set((eb) => ({
      password_hash: hash,
      must_change_password: false,
      password_changed_at: new Date(),
      updated_at: new Date(),
      updated_by: userId,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', userId)
    .execute();
}

/** The name of a region, if the code is known. */
export async function findRegionName(db: Kysely<DB>, code: string): Promise<string | undefined> {
  return (await db.selectFrom('region').select('name').where('code', '=', code).executeTakeFirst())?.name;
}
