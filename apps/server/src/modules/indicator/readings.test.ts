import { FACT_KEYS } from '@kechuang/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorReadings } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

let t: TestApp;
let staff: TestClient;
let city: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  city = await t.addUser({ username: 'city-staff', role: 'staff', region: '621100' });
});
afterAll(() => t?.close());

async function readings(client: TestClient, query: string): Promise<IndicatorReadings> {
  const res = await client.get(`/api/v1/indicators/readings?${query}`);
  if (res.statusCode !== 200) throw new Error(`readings ${query}: ${res.statusCode} ${res.body}`);
  return res.json();
}
const row = (r: IndicatorReadings, key: string) => r.rows.find((x) => x.key === key)!;

describe('each computed indicator equals a hand count over its records (陇西县, 2022 H1)', () => {
  it('counts 科技型中小企业 entered in the period, 高企 held at the date and the approved R&D spending', async () => {
    const r = await readings(staff, 'period=2022H1');
    expect(r.regionCode).toBe('621122');
    expect(r.asOf).toBe('2022-06-30');
    const entered = await t.db
      .selectFrom('qualification')
      .select('id')
      .where('tier', '=', 'tech_sme')
      .where('region_code', '=', '621122')
      .where('certified_on', '>=', '2022-01-01')
      .where('certified_on', '<=', '2022-06-30')
      .orderBy('id')
      .execute();
    expect(row(r, 'tech-sme').actual).toBe(String(entered.length));
    expect(row(r, 'tech-sme').recordIds).toEqual(entered.map((e) => e.id));
    expect(row(r, 'tech-sme').link).toBe(`/enterprise/qualifications?ids=${entered.map((e) => e.id).join(',')}`);
    const held = await sql<{ n: number }>`
      select count(*)::int as n from qualification where tier = 'high_tech' and region_code = '621122'
        and stage in ('certified', 'expired') and certified_on <= '2022-06-30'
        and (valid_until is null or valid_until >= '2022-06-30')`.execute(t.db);
    expect(row(r, 'high-tech').actual).toBe(String(held.rows[0].n));
    const rd = await sql<{ total: string }>`
      select round(coalesce(sum(internal_total), 0), 2)::text as total from rd_task_unit
      where period = '2022H1' and status = 'approved' and region_code like '621122%'`.execute(t.db);
    expect(row(r, 'rd-spending').actual).toBe(rd.rows[0].total);
    expect(row(r, 'rd-spending').actual).toBe('72000000.00');
    // 7200 万元 over the GDP the R&D module recorded for the period (its own intensity fact says 1.27%).
    expect(row(r, 'rd-intensity').actual).toBe('1.27');
    for (const x of r.rows.filter((x) => x.source === 'fact' && ['家', '项', '个', '名'].includes(x.unit))) {
      expect(Number(x.actual), x.key).toBe(x.recordIds.length);
    }
  });

  it('answers 序时进度 at the date and reads the values as at that date', async () => {
    const r = await readings(staff, 'period=2022&date=2022-06-30');
    expect(r.elapsedShare).toBe('49.58');
    expect(r.asOf).toBe('2022-06-30');
    const h1 = await readings(staff, 'period=2022H1');
    expect(row(r, 'tech-sme').actual).toBe(row(h1, 'tech-sme').actual);
  });
});

describe('a county user sees its own numbers and its rank only', () => {
  it('ranks 陇西县 among the seven counties of 定西市 and answers no sibling’s numbers', async () => {
    const r = await readings(staff, 'period=2022H1');
    expect(row(r, 'tech-sme').siblingCount).toBe(7);
    // Its rank by hand: one more than the sibling counties that entered more 科小 in the half-year.
    const entered = await t.db
      .selectFrom('qualification')
      .select(['region_code', (eb) => eb.fn.countAll<string>().as('n')])
      .where('tier', '=', 'tech_sme')
      .where('region_code', 'like', '6211%')
      .where('certified_on', '>=', '2022-01-01')
      .where('certified_on', '<=', '2022-06-30')
      .groupBy('region_code')
      .execute();
    const own = Number(entered.find((e) => e.region_code === '621122')?.n ?? 0);
    expect(Number(row(r, 'tech-sme').actual)).toBe(own);
    expect(row(r, 'tech-sme').rankByValue).toBe(1 + entered.filter((e) => Number(e.n) > own).length);
    expect(JSON.stringify(r)).not.toContain('621121');
  });

  it('refuses a sibling county, a comparison of the city, and an export outside the scope', async () => {
    for (const url of [
      '/api/v1/indicators/readings?period=2022H1&region=621102',
      '/api/v1/indicators/comparison?period=2022H1&region=621100&indicator=tech-sme',
      '/api/v1/indicators/readings/export?period=2022H1&region=621102',
    ]) {
      const res = await staff.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.message).toContain('不在您的管辖范围内');
    }
  });
});

describe('roll-ups are sums over the same records', () => {
  it('compares the city’s counties, and their sum is the city’s value', async () => {
    const res = await city.get('/api/v1/indicators/comparison?period=2022H1&region=621100&indicator=tech-sme');
    expect(res.statusCode).toBe(200);
    const c = res.json();
    expect(c.rows).toHaveLength(7);
    const sum = c.rows.reduce((s: number, x: { actual: string }) => s + Number(x.actual), 0);
    expect(String(sum)).toBe(c.total);
    const own = await readings(city, 'period=2022H1&region=621100');
    expect(row(own, 'tech-sme').actual).toBe(c.total);
  });
});

describe('ranking among the sibling counties, with ties', () => {
  it('gives equal values one rank and skips the next (standard competition ranking)', async () => {
    // Only 陇西县's 2022 H1 科小 left in the city, then two of them moved to 安定区 and two to 通渭县: 18, 2, 2, then
    // four counties with none.
    await t.db
      .deleteFrom('qualification')
      .where('tier', '=', 'tech_sme')
      .where('region_code', 'like', '6211%')
      .where('region_code', '!=', '621122')
      .where('certified_on', '>=', '2022-01-01')
      .where('certified_on', '<=', '2022-06-30')
      .execute();
    const moved = await t.db
      .selectFrom('qualification')
      .select('id')
      .where('tier', '=', 'tech_sme')
      .where('region_code', '=', '621122')
      .where('certified_on', '>=', '2022-01-01')
      .where('certified_on', '<=', '2022-06-30')
      .orderBy('id')
      .limit(4)
      .execute();
    await t.db
      .updateTable('qualification')
      .set({ region_code: '621102' })
      .where('id', 'in', [moved[0].id, moved[1].id])
      .execute();
    await t.db
      .updateTable('qualification')
      .set({ region_code: '621121' })
      .where('id', 'in', [moved[2].id, moved[3].id])
      .execute();
    // Written past the product, so recorded in the audit chain as the product records every change: the readings
    // remember values until the next audited change (region-values-cache.ts).
    await t.db
      .transaction()
      .execute((trx) =>
        writeAudit(
          trx,
          { id: null, name: 'test', ip: null },
          { action: 'test.qualifications.moved', regionCode: '621100' },
        ),
      );
    const c = (await city.get('/api/v1/indicators/comparison?period=2022H1&region=621100&indicator=tech-sme')).json();
    const byCode = Object.fromEntries(c.rows.map((x: { regionCode: string }) => [x.regionCode, x]));
    expect(byCode['621122']).toMatchObject({ actual: '18', rankByValue: 1 });
    expect(byCode['621102']).toMatchObject({ actual: '2', rankByValue: 2 });
    expect(byCode['621121']).toMatchObject({ actual: '2', rankByValue: 2 });
    for (const code of ['621123', '621124', '621125', '621126']) {
      expect(byCode[code]).toMatchObject({ actual: '0', rankByValue: 4 });
    }
    expect(c.rows.map((x: { rankByValue: number }) => x.rankByValue)).toEqual([1, 2, 2, 4, 4, 4, 4]);
    expect(c.total).toBe('22');
    // 完成率 against each county's own target: 安定区 2 of 48 (4.16%) ranks below 通渭县 2 of 24 (8.33%).
    expect(byCode['621121'].completionRate).toBe('8.33');
    expect(byCode['621102'].completionRate).toBe('4.16');
    expect(byCode['621121'].rankByRate).toBeLessThan(byCode['621102'].rankByRate);
    // The county itself sees the same rank, and no sibling's figures.
    const own = await readings(staff, 'period=2022H1');
    expect(row(own, 'tech-sme')).toMatchObject({ actual: '18', rankByValue: 1, siblingCount: 7 });
    const tongwei = await t.addUser({ username: 'tongwei-staff', role: 'staff', region: '621121' });
    expect(row(await readings(tongwei, 'period=2022H1'), 'tech-sme')).toMatchObject({ actual: '2', rankByValue: 2 });
  });
});

describe('the fact catalogue follows the modules', () => {
  it('knows every fact key the modules state on the demo data, so formulas can name them', async () => {
    for (const period of ['2022H1', '2022']) {
      const facts: { key: string }[] = (await staff.get(`/api/v1/facts?period=${period}`)).json().facts;
      for (const f of facts) expect(FACT_KEYS.has(f.key), f.key).toBe(true);
    }
  });
});
