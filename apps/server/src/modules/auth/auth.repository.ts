import type { Kysely } from 'kysely';
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

/** Counts a failed sign-in towards the lockout, or locks the account until `lockedUntil` (the count starts over). */
export async function recordFailedSignIn(
  db: Kysely<DB>,
  userId: number,
  o: { failedCount: number; lockedUntil: Date | null },
): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ failed_count: o.failedCount, locked_until: o.lockedUntil })
    .where('id', '=', userId)
    .execute();
}

/** A good sign-in clears the failure count and the lock, and is the account's last sign-in. */
export async function recordSignIn(db: Kysely<DB>, userId: number): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ failed_count: 0, locked_until: null, last_login_at: new Date() })
    .where('id', '=', userId)
    .execute();
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
