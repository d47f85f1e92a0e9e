import { sql, type Kysely } from 'kysely';
import { SERVICE_LOG_LEVEL_NAMES, serviceDayCount, type TServiceDayCounter } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../../platform/auth/row-scope';
import type { DB } from '../../../platform/db/schema';
import { COUNTER_COLUMNS } from './service-log.policy';

/**
 * The day counters of the commissioners in scope for a year (docs/rules.md §5.1.1): confirmed and pending days
 * whose service date falls in the year, against the level's `min_service_days` (commissioner_level_rule), and the
 * pace as of `today`. Those whose term overlaps the year, appointed ones unless `allStatuses`.
 */
export async function serviceDayCounters(
  db: Kysely<DB>,
  scope: RowScope,
  o: { year: number; today: string; commissionerIds?: number[]; allStatuses?: boolean },
): Promise<TServiceDayCounter[]> {
  const from = `${o.year}-01-01`;
  const to = `${o.year}-12-31`;
  let q = db
    .selectFrom('commissioner as c')
    .innerJoin('commissioner_level_rule as r', 'r.level', 'c.level')
    // Per commissioner (lateral), so the year's days are summed through (commissioner_id, served_on) for the
    // commissioners asked, not over every commissioner's logs of the year (bench/FINDINGS.md F20).
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('commissioner_service_log as l')
          .select([
            sql<string>`coalesce(sum(l.days) filter (where l.status = 'confirmed'), 0)`.as('confirmed'),
            sql<string>`coalesce(sum(l.days) filter (where l.status = 'pending'), 0)`.as('pending'),
          ])
          .whereRef('l.commissioner_id', '=', 'c.id')
          .where('l.served_on', '>=', from)
          .where('l.served_on', '<=', to)
          .as('d'),
      (join) => join.onTrue(),
    )
    .select([
      'c.id',
      'c.name',
      'c.region_code',
      'c.level',
      'c.user_id',
      'c.term_start',
      'c.term_end',
      'r.min_service_days',
      'd.confirmed',
      'd.pending',
    ])
    .where(scopeFilter(scope, COUNTER_COLUMNS))
    .where('c.term_start', '<=', to)
    .where('c.term_end', '>=', from);
  if (!o.allStatuses) q = q.where('c.status', '=', 'appointed');
  if (o.commissionerIds) q = q.where('c.id', 'in', o.commissionerIds.length ? o.commissionerIds : [0]);
  const rows = await q.orderBy('c.name').orderBy('c.id').execute();
  return rows.map((r) => {
    const count = serviceDayCount({
      year: o.year,
      confirmedDays: Number(r.confirmed ?? 0),
      pendingDays: Number(r.pending ?? 0),
      minServiceDays: r.min_service_days,
      termStart: r.term_start,
      termEnd: r.term_end,
      today: o.today,
    });
    return {
      commissionerId: r.id,
      name: r.name,
      regionCode: r.region_code,
      level: r.level,
      levelLabel: SERVICE_LOG_LEVEL_NAMES[r.level] ?? r.level,
      linked: r.user_id !== null,
      year: o.year,
      confirmedDays: count.confirmedDays,
      pendingDays: count.pendingDays,
      minServiceDays: count.minServiceDays,
      expectedDays: count.expectedDays,
      behind: count.behind,
      explanation: count.explanation,
    };
  });
}
