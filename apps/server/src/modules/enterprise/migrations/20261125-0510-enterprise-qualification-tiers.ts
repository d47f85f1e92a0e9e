import { sql, type Kysely } from 'kysely';

/**
 * The tiers an enterprise has any qualification record of, kept on the enterprise row so the list's tier filter
 * is a column predicate on a GIN index instead of a semi-join over qualification (bench/FINDINGS.md F2).
 * Maintained by refreshQualificationTiers in the transaction that writes qualification rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table enterprise add column qualification_tiers text[] not null default '{}'`.execute(db);
  await sql`
    update enterprise e set qualification_tiers = t.tiers
    from (select enterprise_id, array_agg(distinct tier order by tier) as tiers from qualification group by enterprise_id) t
    where t.enterprise_id = e.id`.execute(db);
  await sql`create index enterprise_qualification_tiers_idx on enterprise using gin (qualification_tiers)`.execute(db);
}
