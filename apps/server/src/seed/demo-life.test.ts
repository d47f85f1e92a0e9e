import { describe, expect, it } from 'vitest';
import { addDays, validUntil } from '@kechuang/domain';
import { happened, weekdayFrom, yearsLived } from './demo-life';
import { laterCertifications } from './seed-demo-qualifications-later';
import { laterRdTasks } from './seed-demo-rd-later';

// Whatever day the demo starts on, its later records are dated relative to it (no database needed).
describe('the demo county’s life, relative to the day it starts', () => {
  it('writes nothing after 2022 H1 for the demo as recorded', () => {
    expect([happened('2022-07-01', null), yearsLived(null)]).toEqual([false, []]);
    expect(yearsLived('2025-03-01')).toEqual([2023, 2024, 2025]);
    expect(laterRdTasks('2022-11-30')).toBeNull();
  });

  it('collects last year in the first half of a year, and this year’s first half from July', () => {
    const spring = laterRdTasks('2028-02-10')!;
    expect(spring.current).toMatchObject({ period: '2027', dueDate: '2028-03-10' });
    expect(spring.past.map((t) => t.period)).toEqual(['2022', '2023', '2024', '2025', '2026']);
    const autumn = laterRdTasks('2026-07-08')!;
    expect(autumn.current).toMatchObject({ period: '2026H1', dueDate: '2026-07-20' });
    expect(autumn.past.map((t) => t.period)).toEqual(['2022', '2023', '2024', '2025']);
  });

  it('extends a collection deadline already passed to a weekday two weeks ahead', () => {
    const late = laterRdTasks('2026-12-07')!.current;
    expect(late).toMatchObject({ period: '2026H1', dueDate: '2026-12-21' });
    expect(weekdayFrom('2026-12-05', 0)).toBe('2026-12-07'); // a Saturday moves to Monday
  });

  it('has a 高企 certificate expiring 45 days after any day, and only certifications already made', () => {
    for (const today of ['2026-12-07', '2028-02-10', '2031-06-30']) {
      const certs = laterCertifications(today);
      const soon = certs.filter((c) => c.tier === 'high_tech' && validUntil(c.tier, c.on) === addDays(today, 45));
      expect(
        soon.map((c) => c.short),
        today,
      ).toEqual(['青龙管业']);
      expect(certs.every((c) => c.on <= today && c.appliedOn < c.on)).toBe(true);
    }
    expect(laterCertifications('2023-03-01').filter((c) => c.tier === 'tech_sme')).toEqual([]);
  });
});
