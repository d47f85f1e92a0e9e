import { sql, type Kysely } from 'kysely';

/**
 * The enterprise list filtered by a cultivation tier scans only the enterprises of that tier: one partial covering
 * index per tier, keyed by county then industry, with what the page choice sorts and pages by. The covering
 * indexes of 20261204-0500 read every enterprise of the region or industry and dropped most on the tier (the
 * bench's 620100 / 3* / tech_sme: ~20,000 index entries for 728 rows; bench/FINDINGS.md F16). The list writes the
 * tier into the statement as a literal so each tier's generic plan can prove its index's predicate.
 * The tiers as of this migration; a tier added to TIERS later needs its own index (checked by a test).
 */
const TIERS_NOW = ['tech_sme', 'provincial_innovative', 'high_tech', 'little_giant'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const tier of TIERS_NOW) {
    await sql`create index ${sql.id(`enterprise_list_${tier}_idx`)} on enterprise (region_code text_pattern_ops, industry_code text_pattern_ops)
      include (name_pinyin, id) where qualification_tiers @> ${sql.lit(`{${tier}}`)}::text[]`.execute(db);
  }
}
