import type { Kysely, Selectable } from 'kysely';
import type { DB, RoleTable } from '../../platform/db/schema';

export type RoleRow = Selectable<RoleTable>;

/** Every role in display order. */
export async function listRoles(db: Kysely<DB>): Promise<RoleRow[]> {
  return db.selectFrom('role').selectAll().orderBy('sort').execute();
}
