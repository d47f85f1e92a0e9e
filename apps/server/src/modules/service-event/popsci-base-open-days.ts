import type { Kysely } from 'kysely';
import {
  POPSCI_BASE_OPEN_DAYS,
  POPSCI_BASE_PLATFORM_KIND,
  POPSCI_OPEN_DAY_KIND,
  openDaysInYear,
  type TPopsciBaseOpenDays,
} from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import type { DB } from '../../platform/db/schema';
import { regionNameOf } from './service-event.repository';

/**
 * Each 科普基地 of the region (tech-platforms of kind popsci_base, not 撤销 or 摘牌) with its open days in the year —
 * the distinct days its held 科普开放日 events cover — against the typical condition of ≥ 200 open days a year
 * (docs/rules.md §5.7, POPSCI_BASE_OPEN_DAYS); the bases below it first.
 */
export async function popsciBaseOpenDays(
  db: Kysely<DB>,
  scope: RowScope,
  year: number,
): Promise<TPopsciBaseOpenDays[]> {
  const bases = await db
    .selectFrom('tech_platform as e')
    .select(['e.id', 'e.name'])
    .select(regionNameOf('e'))
    .where(scopeFilter(scope, { region: 'e.region_code' }))
    .where('e.kind', '=', POPSCI_BASE_PLATFORM_KIND)
    .where('e.status', 'not in', ['revoked', 'delisted'])
    .orderBy('e.id')
    .execute();
  if (bases.length === 0) return [];
  const events = await db
    .selectFrom('service_event')
    .select(['id', 'platform_id', 'start_on', 'end_on'])
    .where('kind', '=', POPSCI_OPEN_DAY_KIND)
    .where('status', '=', 'held')
    .where(
      'platform_id',
      'in',
      bases.map((b) => b.id),
    )
    .where('start_on', '<=', `${year}-12-31`)
    .where('end_on', '>=', `${year}-01-01`)
    .orderBy('id')
    .execute();
  const min = POPSCI_BASE_OPEN_DAYS.minOpenDaysPerYear;
  const rows = bases.map((b) => {
    const mine = events.filter((e) => e.platform_id === b.id);
    const openDays = openDaysInYear(
      mine.map((e) => ({ startOn: e.start_on, endOn: e.end_on })),
      year,
    );
    return {
      platformId: b.id,
      platformName: b.name,
      regionName: b.region_name,
      year,
      openDays,
      minOpenDays: min,
      belowMinimum: openDays < min,
      eventIds: mine.map((e) => e.id),
    };
  });
  return rows.sort((a, b) => Number(b.belowMinimum) - Number(a.belowMinimum) || a.platformId - b.platformId);
}
