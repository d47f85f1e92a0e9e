import { sql, type Kysely } from 'kysely';

/**
 * One table for every module's attachments (photos, scans, materials): the owner is named by type and id, the
 * bytes live in the file storage under a random key. A module declares its owner types in its manifest
 * (platform/attachments/attachment-owner.ts), which decides who may read and change them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table attachment (
      id serial primary key,
      owner_type varchar(60) not null,
      owner_id integer not null,
      slot varchar(40) not null,
      region_code varchar(6) not null,
      file_name varchar(200) not null,
      mime_type varchar(100) not null,
      size_bytes integer not null,
      sha256 char(64) not null,
      storage_key varchar(100) not null,
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1
    )`.execute(db);
  await sql`create index attachment_owner_idx on attachment (owner_type, owner_id, slot)`.execute(db);
}
