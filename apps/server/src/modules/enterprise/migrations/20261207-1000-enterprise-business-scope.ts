import { sql, type Kysely } from 'kysely';

/** 经营范围: the enterprise states it itself (企业自助维护), as on its business licence. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table enterprise add column business_scope varchar(1000)`.execute(db);
}
