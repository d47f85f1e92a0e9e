import type { Kysely } from 'kysely';
import { ADMIN_ONLY_PERMISSIONS } from '@kechuang/domain';
import { announceInvalidation, onCacheInvalidated } from '../cache/cache-broadcast';
import type { DB } from '../db/schema';

const TTL_MS = 5_000;
let cache: { at: number; byRole: Map<string, string[]> } | null = null;

onCacheInvalidated('permissions', () => (cache = null));

/** Clears the role → permissions cache (after a grant changes); given `db`, on every instance. */
export function invalidateRolePermissions(db?: Kysely<DB>): Promise<void> {
  cache = null;
  return db ? announceInvalidation(db, 'permissions') : Promise.resolve();
}

/** The permissions of a set of roles; admin-only keys are kept only for their own admin role. */
export async function permissionsOf(db: Kysely<DB>, roles: readonly string[]): Promise<Set<string>> {
  if (!cache || Date.now() - cache.at > TTL_MS) {
    const rows = await db.selectFrom('role').select(['code', 'permissions']).execute();
    cache = { at: Date.now(), byRole: new Map(rows.map((r) => [r.code, r.permissions as string[]])) };
  }
  const out = new Set<string>();
  for (const role of roles) {
    for (const p of cache.byRole.get(role) ?? []) {
      const owner = ADMIN_ONLY_PERMISSIONS[p];
      if (!owner || owner === role) out.add(p);
    }
  }
  return out;
}
