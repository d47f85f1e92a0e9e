import { sql, type Kysely } from 'kysely';

/** Agreement attachments move to the platform's attachment table (owner `cooperation.agreement`); the old table goes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into attachment (owner_type, owner_id, slot, region_code, file_name, mime_type, size_bytes, sha256,
                            storage_key, created_at, created_by, updated_at, updated_by)
    select 'cooperation.agreement', agreement_id, 'file', region_code, file_name, mime_type, size_bytes, sha256,
           storage_key, created_at, created_by, updated_at, updated_by
    from cooperation_file order by id`.execute(db);
  await sql`drop table cooperation_file`.execute(db);
}
