import type { Kysely } from 'kysely';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';

export const EXPIRE_JOB = 'commissioner.expire-terms';

const SYSTEM: Actor = { id: null, name: 'system', ip: null };

/**
 * Marks every appointed commissioner whose term ended before `today` as 期满 (docs/rules.md §5.1: the term is the
 * level's term_years), with a history row and one audit row per region. Returns how many were marked.
 */
export async function expireEndedTerms(db: Kysely<DB>, today: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const ended = await trx
      .updateTable('commissioner')
      .set((eb) => ({ status: 'expired', updated_at: new Date(), version: eb('version', '+', 1) }))
      .where('status', '=', 'appointed')
      .where('term_end', '<', today)
      .returning(['id', 'region_code', 'term_end', 'name'])
      .execute();
    if (ended.length === 0) return 0;
    await trx
      .insertInto('commissioner_history')
      .values(
        ended.map((c) => ({
          commissioner_id: c.id,
          region_code: c.region_code,
          from_state: 'appointed',
          to_state: 'expired',
          on_date: today,
          reason: `任期于 ${c.term_end} 届满`,
          actor_id: null,
          actor_name: '系统',
        })),
      )
      .execute();
    for (const region of new Set(ended.map((c) => c.region_code))) {
      const mine = ended.filter((c) => c.region_code === region);
      await writeAudit(trx, SYSTEM, {
        action: 'commissioner.expire',
        objectType: 'commissioner',
        regionCode: region,
        after: mine,
        details: { today, count: mine.length },
      });
    }
    return ended.length;
  });
}
