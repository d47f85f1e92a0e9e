import { sql, type Kysely } from 'kysely';
import type { AdminResetStatus } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import type { DB } from '../../platform/db/schema';
// The table's type joins DB from there (declaration merging): importing it keeps it in every program that reads it.
import type { AdminResetRequestTable } from './system.tables';

const targetRoles = sql<
  string[]
>`coalesce((select array_agg(ur.role_code order by ur.role_code) from user_role ur where ur.user_id = r.target_user_id), '{}')`;

function withNames(db: Kysely<DB>) {
  return db
    .selectFrom('admin_reset_request as r')
    .innerJoin('app_user as t', 't.id', 'r.target_user_id')
    .innerJoin('app_user as q', 'q.id', 'r.requested_by')
    .leftJoin('app_user as d', 'd.id', 'r.decided_by')
    .selectAll('r')
    .select([
      't.username as target_username',
      't.display_name as target_display_name',
      'q.display_name as requested_by_name',
      'd.display_name as decided_by_name',
      targetRoles.as('target_roles'),
    ]);
}

/** The requests of the administrator's region, newest first; `expired` means pending past its deadline. */
export async function listAdminResets(db: Kysely<DB>, scope: RowScope, status?: AdminResetStatus) {
  let q = withNames(db).where(scopeFilter(scope, { region: 'r.region_code' }));
  if (status === 'expired') q = q.where('r.status', '=', 'pending').where('r.expires_at', '<=', sql<Date>`now()`);
  else if (status === 'pending') q = q.where('r.status', '=', 'pending').where('r.expires_at', '>', sql<Date>`now()`);
  else if (status) q = q.where('r.status', '=', status);
  return q.orderBy('r.id', 'desc').limit(200).execute();
}
export type AdminResetRow = Awaited<ReturnType<typeof listAdminResets>>[number];

/** One request with its names, or undefined. */
export async function findAdminReset(db: Kysely<DB>, id: number): Promise<AdminResetRow | undefined> {
  return withNames(db).where('r.id', '=', id).executeTakeFirst();
}

/** Whether the account already has a request waiting (one at a time). */
export async function hasPendingAdminReset(
  db: Kysely<DB>,
  targetUserId: AdminResetRequestTable['target_user_id'],
): Promise<boolean> {
  const row = await db
    .selectFrom('admin_reset_request')
    .select('id')
    .where('target_user_id', '=', targetUserId)
    .where('status', '=', 'pending')
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return !!row;
}

/** The active auditor accounts: every reset of an administrator is flagged to them. */
export async function activeAuditorIds(db: Kysely<DB>): Promise<number[]> {
  const rows = await db
    .selectFrom('app_user as u')
    .innerJoin('user_role as ur', 'ur.user_id', 'u.id')
    .select('u.id')
    .where('ur.role_code', '=', 'auditor')
    .where('u.status', '=', 'active')
    .execute();
  return rows.map((r) => r.id);
}
