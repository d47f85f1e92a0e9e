const BEIJING_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Beijing ('YYYY-MM-DD'): the bureau's day, whatever the server's time zone (UTC in containers). */
export function todayInBeijing(now: Date = new Date()): string {
  return BEIJING_DATE.format(now);
}
