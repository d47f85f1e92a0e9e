import type { Kysely } from 'kysely';
import { codeStartsWith } from '../../platform/db/code-prefix';
import type { DB } from '../../platform/db/schema';

/** The winners whose result was announced in [from, to], in a region (by prefix), in id order. */
export async function winnersInPeriod(db: Kysely<DB>, scopePrefix: string, from: string, to: string) {
  return db
    .selectFrom('award_nomination as n')
    .innerJoin('award_programme as p', 'p.id', 'n.programme_id')
    .select([
      'n.id',
      'n.nominee_kind',
      'n.unit_name',
      'n.person_name',
      'n.programme_id',
      'p.name as programme_name',
      'p.year',
      'p.level',
    ])
    .where(codeStartsWith('n.region_code', scopePrefix))
    .where('n.state', '=', 'awarded')
    .where('n.announced_on', '>=', from)
    .where('n.announced_on', '<=', to)
    .orderBy('n.id')
    .execute();
}

/** The entries of a region with their competition, entered or awarded in [from, to], in id order. */
export async function entriesInPeriod(db: Kysely<DB>, scopePrefix: string, from: string, to: string) {
  return db
    .selectFrom('award_entry as e')
    .innerJoin('award_competition as c', 'c.id', 'e.competition_id')
    .select([
      'e.id',
      'e.nominee_kind',
      'e.unit_name',
      'e.person_name',
      'e.entered_on',
      'e.award',
      'e.awarded_on',
      'e.competition_id',
      'c.name',
      'c.edition',
      'c.division',
      'c.year',
      'c.level',
    ])
    .where(codeStartsWith('e.region_code', scopePrefix))
    .where((eb) =>
      eb.or([
        eb.and([eb('e.entered_on', '>=', from), eb('e.entered_on', '<=', to)]),
        eb.and([eb('e.awarded_on', '>=', from), eb('e.awarded_on', '<=', to)]),
      ]),
    )
    .orderBy('e.id')
    .execute();
}
