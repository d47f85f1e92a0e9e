import { sql, type Kysely } from 'kysely';

/** Platform attachments move to the platform's attachment table (owner `tech-platform.platform`); the old table goes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into attachment (owner_type, owner_id, slot, region_code, file_name, mime_type, size_bytes, sha256,
                            storage_key, created_at, created_by, updated_at, updated_by)
    select 'tech-platform.platform', platform_id, slot, region_code, file_name, mime_type, size_bytes, sha256,
           storage_key, created_at, created_by, updated_at, updated_by
    from tech_platform_file order by id`.execute(db);
  await sql`drop table tech_platform_file`.execute(db);
}
