import type { Kysely } from 'kysely';
import { createWorkingDayCalendar, type WorkingDayCalendar } from '@kechuang/domain';
import type { DB } from '../db/schema';
import { listHolidayArrangements, toHolidayArrangement } from './holiday-arrangement.repository';
import { lunarAnchorsOf } from './lunar-anchors';

// Edits clear this process's copy at once; other instances behind the load balancer see them within the TTL.
const TTL_MS = 60_000;
let cache = new WeakMap<Kysely<DB>, { at: number; calendar: Promise<WorkingDayCalendar> }>();

/** Forgets the cached calendar (after an arrangement is added, changed or deleted). */
export function invalidateWorkingDayCalendar(): void {
  cache = new WeakMap();
}

/**
 * The working-day calendar every server computation uses: the arrangements in `holiday_arrangement`, and for
 * the other years the statutory holidays by rule (lunar dates from tyme4ts), marked as estimates.
 */
export function getWorkingDayCalendar(db: Kysely<DB>): Promise<WorkingDayCalendar> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.calendar;
  const store = cache;
  const calendar = listHolidayArrangements(db).then((rows) =>
    createWorkingDayCalendar(rows.map(toHolidayArrangement), lunarAnchorsOf),
  );
  calendar.catch(() => store.delete(db));
  store.set(db, { at: Date.now(), calendar });
  return calendar;
}
