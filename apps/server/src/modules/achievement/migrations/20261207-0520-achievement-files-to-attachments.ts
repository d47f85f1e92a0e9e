import { sql, type Kysely } from 'kysely';

/** Evidence files move to the platform's attachment table (owner `achievement.record`, slot = kind); the old table goes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into attachment (owner_type, owner_id, slot, region_code, file_name, mime_type, size_bytes, sha256,
                            storage_key, created_at, created_by, updated_at, updated_by)
    select 'achievement.record', achievement_id, kind, region_code, left(file_name, 200), mime_type, size_bytes,
           sha256, storage_key::text, created_at, created_by, updated_at, updated_by
    from achievement_file order by id`.execute(db);
  await sql`drop table achievement_file`.execute(db);
}
