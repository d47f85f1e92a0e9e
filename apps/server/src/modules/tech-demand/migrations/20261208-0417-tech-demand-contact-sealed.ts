import { sql, type Kysely } from 'kysely';
import { personalData } from '../../../platform/crypto/personal-data';

/**
 * The demand's contact phone sealed at rest (docs/rules.md §6.4), as the other modules' personal data: the column
 * widens to hold a sealed value, and every phone stored in plain text until now is sealed in place.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table tech_demand alter column contact_phone type text`.execute(db);
  const plain = await sql<{ id: number; contact_phone: string }>`
    select id, contact_phone from tech_demand where position(':' in contact_phone) = 0`.execute(db);
  const cipher = personalData();
  for (const r of plain.rows) {
    await sql`update tech_demand set contact_phone = ${cipher.seal(r.contact_phone)} where id = ${r.id}`.execute(db);
  }
}
