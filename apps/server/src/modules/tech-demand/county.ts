import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';

/** Whether a code is a current county-level region (where a call may belong). */
export async function isCounty(db: Kysely<DB>, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('region')
    .select('code')
    .where('code', '=', code)
    .where('level', '=', 'county')
    .where('valid_to', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
