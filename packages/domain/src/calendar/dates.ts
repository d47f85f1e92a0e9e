/**
 * 'YYYY-MM-DD' calendar dates as whole days since 1970-01-01, computed from UTC date parts only, so the
 * server's or browser's timezone (and DST) can never shift a day.
 */

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date; throws a Chinese message for malformed or impossible dates. */
export function toDayNumber(date: string): number {
  const m = ISO_RE.exec(date);
  if (!m) throw new RangeError(`日期格式须为 YYYY-MM-DD：${date}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const t = new Date(ms);
  // The round trip rejects 02-30 etc.; it also rejects years 0000–0099, which Date.UTC maps to 19xx.
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) {
    throw new RangeError(`日期不存在：${date}`);
  }
  return ms / MS_PER_DAY;
}

/** The 'YYYY-MM-DD' date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `n` calendar days after `date` (n may be negative). */
export function addDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Day of week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(date: string): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** The 4-digit year of a 'YYYY-MM-DD' date. */
export function yearOf(date: string): number {
  toDayNumber(date);
  return Number(date.slice(0, 4));
}

const CHINA_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The bureau's date ('YYYY-MM-DD') at an instant, by default now: Beijing time whatever the server's time zone
 * (containers run on UTC, which is yesterday until 08:00 in Beijing). The one source of "today".
 */
export function chinaToday(now: Date = new Date()): string {
  return CHINA_DATE.format(now);
}

const CHINA_DATE_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** 'YYYY-MM-DD HH:mm:ss' of an instant in Beijing time, whatever the server's time zone. */
export function chinaDateTime(d: Date): string {
  const parts = CHINA_DATE_TIME.formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}
