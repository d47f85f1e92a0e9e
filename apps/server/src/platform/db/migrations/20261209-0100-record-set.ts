import { sql, type Kysely } from 'kysely';

/**
 * Sets of record ids a list is opened with when they are too many for an address (a province's 10,950 R&D forms
 * behind one figure): the list is asked for `ids=set:<token>` and the server reads the ids here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table record_set (
      token varchar(32) primary key,
      ids integer[] not null,
      created_by integer references app_user(id),
      created_at timestamptz not null default now()
    )`.execute(db);
}
