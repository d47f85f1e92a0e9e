import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';

/** A commissioner's 三方协议, earliest first. */
export async function agreementsOf(db: Kysely<DB>, commissionerId: number) {
  return db
    .selectFrom('commissioner_agreement')
    .selectAll()
    .where('commissioner_id', '=', commissionerId)
    .orderBy('start_on')
    .orderBy('id')
    .execute();
}

export async function findAgreement(db: Kysely<DB>, id: number) {
  return db.selectFrom('commissioner_agreement').selectAll().where('id', '=', id).executeTakeFirst();
}
