import { sql, type Kysely } from 'kysely';

/** Uploaded import files and generated downloads (error reports, exports), kept in the database so jobs survive restarts and instances. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table stored_file (
      id uuid primary key,
      purpose varchar(30) not null,
      file_name varchar(200) not null,
      content_type varchar(100) not null,
      size integer not null,
      sha256 char(64) not null,
      content bytea not null,
      created_by integer,
      region_code varchar(12),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index stored_file_owner_idx on stored_file (created_by, created_at)`.execute(db);
}
