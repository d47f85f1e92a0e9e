import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';

/**
 * Recomputes enterprise.qualification_tiers (the tiers it has any qualification record of) from the
 * qualification table. Call it in the same transaction as every insert or delete of qualification rows, so the
 * list's tier filter stays exact. A derived column: it does not bump the enterprise's version.
 */
export async function refreshQualificationTiers(trx: Kysely<DB>, enterpriseId: number): Promise<void> {
  await sql`update enterprise set qualification_tiers = coalesce((select array_agg(distinct tier order by tier) from qualification where enterprise_id = ${enterpriseId}), '{}')
    where id = ${enterpriseId}`.execute(trx);
}
