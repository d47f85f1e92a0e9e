import { sql, type Kysely } from 'kysely';

/**
 * One audit hash chain per region instead of one for the whole database, so audited writes in different counties
 * no longer queue on one lock (bench/FINDINGS.md F1). Rows written before this migration keep their hashes and
 * links and form the frozen chain 'legacy'; every new chain starts from the legacy chain's last hash, so the old
 * trail stays verifiable and cannot be cut off unnoticed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Adding a column with a default fills old rows without an UPDATE, so the append-only trigger is not involved.
  // The default is dropped afterwards: every new row must name its chain.
  await sql`alter table audit_log add column chain varchar(12) not null default 'legacy'`.execute(db);
  await sql`alter table audit_log alter column chain drop default`.execute(db);
  // audit_head: one row per chain (the existing single row becomes the legacy chain's head).
  await sql`alter table audit_head add column chain varchar(12) not null default 'legacy'`.execute(db);
  await sql`alter table audit_head alter column chain drop default`.execute(db);
  await sql`alter table audit_head drop constraint audit_head_pkey`.execute(db);
  await sql`alter table audit_head drop column id`.execute(db);
  await sql`alter table audit_head add primary key (chain)`.execute(db);
}
