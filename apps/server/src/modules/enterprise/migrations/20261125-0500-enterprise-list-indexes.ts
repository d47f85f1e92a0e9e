import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the enterprise list's prefix filters (bench/FINDINGS.md F2). The database collation is not "C",
 * so `industry_code like '3%'` can only use an index with text_pattern_ops; and the tier filter's semi-join
 * reads (tier, enterprise_id) from the index instead of scanning qualification.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists enterprise_industry_region_idx`.execute(db);
  await sql`create index enterprise_industry_region_idx on enterprise (industry_code text_pattern_ops, region_code text_pattern_ops)`.execute(
    db,
  );
  await sql`create index qualification_tier_enterprise_idx on qualification (tier, enterprise_id)`.execute(db);
}
