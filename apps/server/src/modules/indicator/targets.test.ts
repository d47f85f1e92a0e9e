import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorReadings } from '@kechuang/domain';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

let t: TestApp;
let staff: TestClient;
let city: TestClient;
let province: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  city = await t.addUser({ username: 'city-staff', role: 'staff', region: '621100' });
  province = await t.addUser({ username: 'gs-staff', role: 'staff', region: '620000' });
});
afterAll(() => t?.close());

const audits = (action: string) => t.db.selectFrom('audit_log').select('id').where('action', '=', action).execute();
const targetCount = () =>
  t.db.selectFrom('indicator_target').select(t.db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();

describe('targets are set by the region above', () => {
  it('shows the county its targets set by the city, read-only', async () => {
    const res = await staff.get('/api/v1/indicators/targets?year=2022');
    expect(res.statusCode).toBe(200);
    const sme = res.json().find((x: { indicatorKey: string; regionCode: string }) => x.indicatorKey === 'tech-sme');
    expect(sme).toMatchObject({
      regionCode: '621122',
      target: '40.00',
      halfYearTarget: '20.00',
      setByRegion: '621100',
    });
  });

  it('refuses a county changing its own target, and a region outside the setter’s, writing nothing', async () => {
    const before = await targetCount();
    const own = await staff.put('/api/v1/indicators/targets', {
      regionCode: '621122',
      year: 2030,
      indicatorKey: 'tech-sme',
      target: 50,
    });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toContain('本级只能查看、不能修改自己的目标');
    const sibling = await staff.put('/api/v1/indicators/targets', {
      regionCode: '621102',
      year: 2030,
      indicatorKey: 'tech-sme',
      target: 50,
    });
    expect(sibling.statusCode).toBe(403);
    const otherCity = await city.put('/api/v1/indicators/targets', {
      regionCode: '620102',
      year: 2030,
      indicatorKey: 'tech-sme',
      target: 50,
    });
    expect(otherCity.statusCode).toBe(403);
    const cityOwn = await city.put('/api/v1/indicators/targets', {
      regionCode: '621100',
      year: 2030,
      indicatorKey: 'tech-sme',
      target: 50,
    });
    expect(cityOwn.statusCode).toBe(403);
    const leader = await (
      await t.as('leader')
    ).put('/api/v1/indicators/targets', {
      regionCode: '621122',
      year: 2030,
      indicatorKey: 'tech-sme',
      target: 50,
    });
    expect(leader.statusCode).toBe(403);
    expect(await targetCount()).toEqual(before);
  });

  it('refuses a negative target, an unknown indicator or region, naming the field, writing nothing', async () => {
    const before = await targetCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ target: -1 }, '年度目标值不能为负数'],
      [{ target: '12a' }, '年度目标值须为数字'],
      [{ halfYearTarget: -2 }, '半年目标值不能为负数'],
      [{ indicatorKey: 'no-such' }, '指标代码 no-such 不存在'],
      [{ regionCode: '621199' }, '区划代码 621199 不存在'],
      [{ year: 1990 }, '目标年度须为 2000 至 2100 的年份'],
    ];
    for (const [patch, message] of cases) {
      const body = { regionCode: '621122', year: 2030, indicatorKey: 'tech-sme', target: 50, ...patch };
      const res = await city.put('/api/v1/indicators/targets', body);
      expect(res.statusCode, JSON.stringify(patch)).toBe(400);
      expect(res.json().error.message).toContain(message);
    }
    expect(await targetCount()).toEqual(before);
  });

  it('lets the city set and change a county’s target (optimistic locking, audited), and 完成率 follows', async () => {
    const body = { regionCode: '621122', year: 2022, indicatorKey: 'tech-sme', target: 44 };
    const stale = await city.put('/api/v1/indicators/targets', body);
    expect(stale.statusCode).toBe(409);
    const list = (await city.get('/api/v1/indicators/targets?year=2022&region=621122')).json();
    const current = list.find((x: { indicatorKey: string }) => x.indicatorKey === 'tech-sme');
    const res = await city.put('/api/v1/indicators/targets', { ...body, version: current.version });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ target: '44.00', halfYearTarget: null, setByRegion: '621100' });
    expect(await audits('indicator.target.update')).toHaveLength(1);
    const r: IndicatorReadings = (await staff.get('/api/v1/indicators/readings?period=2022H1')).json();
    const sme = r.rows.find((x) => x.key === 'tech-sme')!;
    // 22 of 44 is 50.00%, ahead of 序时进度 49.58% at 30 June.
    expect(sme).toMatchObject({ actual: '22', target: '44.00', completionRate: '50.00', behindSchedule: false });
  });

  it('lets the province set a city’s target', async () => {
    const res = await province.put('/api/v1/indicators/targets', {
      regionCode: '621100',
      year: 2022,
      indicatorKey: 'high-tech',
      target: 60,
      halfYearTarget: 30,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ regionCode: '621100', regionName: '定西市', setByRegion: '620000' });
    expect(await audits('indicator.target.create')).toHaveLength(1);
  });
});
