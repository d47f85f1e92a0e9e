import { addDays, dayOfWeek, yearOf } from '@kechuang/domain';

/**
 * The day the demo county has lived until ('YYYY-MM-DD', Beijing), or null for the demo as recorded: the 2022 H1
 * report's records only. Every record the demo adds after 2022 H1 is dated relative to it, so a demo started next
 * year looks right next year.
 */
export type DemoToday = string | null;

/** The last day of the recorded demo: what happens after it is the county living on. */
export const RECORDED_UNTIL = '2022-06-30';

/** An instant of a Beijing day at a given hour (10:00 by default), as the seed dates every event. */
export function chinaAt(date: string, time = '10:00:00'): Date {
  return new Date(`${date}T${time}+08:00`);
}

/** Whether a dated event of the living demo has already happened by `today` (never, for the demo as recorded). */
export function happened(date: string, today: DemoToday): boolean {
  return today !== null && date <= today;
}

/** The years after the recorded one up to and including today's (none for the demo as recorded). */
export function yearsLived(today: DemoToday): number[] {
  if (today === null) return [];
  const years: number[] = [];
  for (let y = yearOf(RECORDED_UNTIL) + 1; y <= yearOf(today); y++) years.push(y);
  return years;
}

/** `n` days from `today`, moved forward to a Monday–Friday so a deadline never falls on a weekend. */
export function weekdayFrom(today: string, n: number): string {
  let date = addDays(today, n);
  while (dayOfWeek(date) === 0 || dayOfWeek(date) === 6) date = addDays(date, 1);
  return date;
}
