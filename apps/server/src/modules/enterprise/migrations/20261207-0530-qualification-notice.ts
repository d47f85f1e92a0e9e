import { sql, type Kysely } from 'kysely';

/**
 * A qualification reaches 公示 only through a published notice (docs/rules.md §1.4): the notice keeps the records it
 * lists, and each record at 公示 names its notice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table public_notice add column qualification_ids integer[] not null default '{}'`.execute(db);
  await sql`alter table qualification add column notice_id integer references public_notice(id)`.execute(db);
}
