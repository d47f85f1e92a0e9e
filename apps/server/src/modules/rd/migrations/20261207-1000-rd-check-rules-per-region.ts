import { sql, type Kysely } from 'kysely';

/**
 * The R&D cross-check rules become per region (issue: any county's staff changed the rules of every county): the
 * rows so far are the default (`scope` '', the province's), and a region's own rows are keyed by its scope prefix
 * ('621122' a county, '6211' a city); a region's rules are its own rows, else its nearest enclosing region's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table rd_check_rule add column scope varchar(6) not null default ''`.execute(db);
  await sql`alter table rd_check_rule drop constraint rd_check_rule_pkey`.execute(db);
  await sql`alter table rd_check_rule add primary key (scope, code)`.execute(db);
}
