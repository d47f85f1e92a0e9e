import { sql, type Kysely } from 'kysely';

/**
 * Uploaded files' bytes in the database, under the same UUID key the disk storage uses, so every app instance on
 * one PostgreSQL reads what another stored (platform/storage/database-storage.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table file_blob (
      key uuid primary key,
      data bytea not null,
      size integer not null,
      created_at timestamptz not null default now()
    )`.execute(db);
}
