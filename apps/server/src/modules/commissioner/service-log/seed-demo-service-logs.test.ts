import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday } from '@kechuang/domain';
import { factsOf, factsWhere } from '../../../../test/facts';
import { createTestApp, type TestApp } from '../../../../test/harness';
import { seedDemoAssessment } from '../assessment/seed-demo-assessment';
import { seedDemoServiceLogs } from './seed-demo-service-logs';
import { clearDemoRoster } from '../commissioner.test-support';
import { COUNTY, LOG_API } from './service-log.test-support';

let t: TestApp;
const demo = { county: { code: COUNTY, name: '陇西县' } };
const actor = { id: null, name: '系统初始化', ip: null };

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const count = async (table: 'commissioner_service_log' | 'commissioner_assessment') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the demo’s service logs and assessment (docs/rules.md §5.1.1)', () => {
  it('logs 赵立新’s (tpy’s) 2022 H1, 2025 and this year’s service by the product’s own rules, with photos', async () => {
    const zhao = await t.db
      .selectFrom('commissioner as c')
      .innerJoin('app_user as u', 'u.id', 'c.user_id')
      .select(['c.id', 'c.name'])
      .where('u.username', '=', 'tpy')
      .executeTakeFirstOrThrow();
    expect(zhao.name).toBe('赵立新');
    const logs = await t.db
      .selectFrom('commissioner_service_log')
      .select(['id', 'served_on', 'days', 'status', 'enterprise_id', 'region_code'])
      .where('commissioner_id', '=', zhao.id)
      .execute();
    const today = chinaToday();
    const h1 = logs.filter((l) => l.served_on >= '2022-01-01' && l.served_on <= '2022-06-30');
    expect(h1.length).toBeGreaterThan(10);
    expect(h1.every((l) => l.status === 'confirmed')).toBe(true);
    expect(logs.every((l) => l.served_on <= today && l.served_on >= '2022-01-01')).toBe(true);
    const perDay = new Map<string, number>();
    for (const l of logs) perDay.set(l.served_on, (perDay.get(l.served_on) ?? 0) + Number(l.days));
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(1);
    const thisYear = logs.filter((l) => l.served_on.startsWith(today.slice(0, 4)));
    expect(thisYear.filter((l) => l.status === 'pending')).toHaveLength(Math.min(3, thisYear.length));
    expect(logs.some((l) => l.enterprise_id !== null)).toBe(true);
    const photos = await t.db
      .selectFrom('attachment')
      .select('owner_id')
      .where('owner_type', '=', 'commissioner.service-log')
      .execute();
    expect(photos.length).toBeGreaterThan(5);

    const tpy = await t.as('tpy');
    const mine = (await tpy.get(`${LOG_API}/mine?year=2022`)).json().counters[0];
    expect(mine.confirmedDays).toBe(h1.reduce((s, l) => s + Number(l.days), 0));
    const withPhoto = (await tpy.get(`${LOG_API}?year=2022&pageSize=50`))
      .json()
      .data.filter((l: { photos: number }) => l.photos);
    expect(withPhoto.length).toBeGreaterThan(0);
    const staff = await t.as('staff');
    const [fact] = factsWhere(await factsOf(staff, '2022H1'), 'commissioner.service-days', { level: 'county' });
    expect(fact!.recordIds).toHaveLength(h1.length);
  });

  it('grades the 2025 assessment of the county-level commissioners serving that year', async () => {
    const staff = await t.as('staff');
    const serving = await t.db
      .selectFrom('commissioner')
      .select('id')
      .where('region_code', '=', COUNTY)
      .where('level', '=', 'county')
      .where('appointed_on', 'is not', null)
      .where('term_start', '<=', '2025-12-31')
      .where('term_end', '>=', '2025-01-01')
      .execute();
    expect(serving.length).toBeGreaterThan(0);
    const [a] = (await staff.get('/api/v1/commissioner/assessments?year=2025')).json();
    expect(a).toMatchObject({ year: 2025, entries: serving.length, graded: serving.length, status: 'open' });
    const d = (await staff.get(`/api/v1/commissioner/assessments/${a.id}`)).json();
    const zhao = d.entries.find((e: { commissionerName: string }) => e.commissionerName === '赵立新');
    expect(zhao.confirmedDays).toBeGreaterThan(20);
    expect(zhao.grade).not.toBeNull();
  });

  it('adds nothing when no commissioner is linked to tpy', async () => {
    await clearDemoRoster(t.db);
    await t.db.transaction().execute(async (trx) => {
      await seedDemoServiceLogs(trx, actor, demo);
      await seedDemoAssessment(trx, actor, demo);
    });
    expect(await count('commissioner_service_log')).toBe(0);
    expect(await count('commissioner_assessment')).toBe(0);
  });
});
