import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASURE_UNITS, exact, type ReportFact } from '@kechuang/domain';
import { factSum, factsWhere } from '../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { DEMO_CITY, DEMO_COUNTY } from '../demo-accounts';
import { SIBLING_COUNTIES } from './sibling-counties';

let t: TestApp;
let city: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  city = await t.as('city');
});
afterAll(() => t?.close());

const COUNTIES = [DEMO_COUNTY.code, ...SIBLING_COUNTIES.map((c) => c.code)];

async function factsFor(client: TestClient, region: string, period: string): Promise<ReportFact[]> {
  const res = await client.get(`/api/v1/facts?period=${period}&region=${region}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().facts;
}

const identity = (f: ReportFact) => `${f.key}|${JSON.stringify(Object.entries(f.dimensions).sort())}`;

describe('the six other counties of 定西市 in the demo data', () => {
  it('gives each county its own records: firms, tiers, R&D, platforms, projects, commissioners', async () => {
    for (const c of SIBLING_COUNTIES) {
      const facts = await factsFor(city, c.code, '2022H1');
      const value = (key: string, dims: Record<string, string> = {}) =>
        factsWhere(facts, key, dims).map((f) => f.value);
      expect(value('enterprise.certified', { tier: 'tech_sme' }), c.name).toEqual([String(c.techSme)]);
      expect(value('rd.approved-total'), c.name).toEqual([`${c.rdH1}.00`]);
      expect(value('rd.approved-units'), c.name).toEqual([String(c.rdUnits)]);
      const count = (key: string) => factsWhere(facts, key).reduce((n, f) => n + Number(f.value), 0);
      expect(count('tech-platform.platforms'), c.name).toBe(c.platforms.length);
      expect(count('commissioner.active'), c.name).toBe(c.commissioners[0] + c.commissioners[1]);
      expect(count('commissioner.appointed'), c.name).toBe(c.commissioners[0]);
      expect(count('tech-demand.published'), c.name).toBe(c.demandsPublished);
      const grants = c.projects.reduce((sum, p) => sum + Number(p[3]), 0);
      expect(factSum(facts, 'project.funding', { kind: 'grant' }), c.name).toBe(grants.toFixed(2));
      const firms = await t.db
        .selectFrom('enterprise')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('region_code', '=', c.code)
        .executeTakeFirstOrThrow();
      expect(Number(firms.n), c.name).toBe(c.firms.length);
    }
    // Different per county, so a ranking among them says something.
    const sme = SIBLING_COUNTIES.map((c) => c.techSme);
    expect(new Set(sme).size).toBe(sme.length);
  });

  it('rolls the city up from the same records: each count and sum of 定西市 is the sum of its seven counties', async () => {
    for (const period of ['2022H1', '2022']) {
      const cityFacts = await factsFor(city, DEMO_CITY.code, period);
      const perCounty = await Promise.all(COUNTIES.map((code) => factsFor(city, code, period)));
      const summed = new Map<string, ReturnType<typeof exact.parseDecimal>>();
      for (const f of perCounty.flat()) {
        if (f.unit === '%') continue; // a ratio is not summed (R&D intensity)
        const prior = summed.get(identity(f)) ?? exact.ratio(0n);
        summed.set(identity(f), exact.add(prior, exact.parseDecimal(f.value)));
      }
      const rolled = cityFacts.filter((f) => f.unit !== '%');
      expect(rolled.length).toBeGreaterThan(10);
      const text = (v: ReturnType<typeof exact.parseDecimal>) => exact.formatFixed(v, 2, 'half-up');
      for (const f of rolled) {
        const expected = summed.get(identity(f)) ?? exact.ratio(0n);
        expect(text(exact.parseDecimal(f.value)), `${period} ${identity(f)}`).toBe(text(expected));
        if (!MEASURE_UNITS.includes(f.unit)) expect(f.recordIds.length).toBe(Number(f.value));
      }
      expect(new Set(rolled.map(identity)).size).toBe(summed.size);
    }
  });
});

describe('who sees which county', () => {
  const regionsOf = (page: { data: { regionCode: string }[] }) => new Set(page.data.map((r) => r.regionCode));

  it('the city leader signs in and reads the records of all seven counties', async () => {
    const me = await city.get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.regionCode).toBe(DEMO_CITY.code);
    const inCity = await t.db
      .selectFrom('enterprise')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('region_code', 'like', '6211%')
      .executeTakeFirstOrThrow();
    const firms = await city.get('/api/v1/enterprises?pageSize=200');
    expect(firms.statusCode).toBe(200);
    expect(firms.json().total).toBe(Number(inCity.n));
    expect([...regionsOf(firms.json())].sort()).toEqual([...COUNTIES].sort());
    const platforms = await city.get('/api/v1/tech-platform/platforms?pageSize=200');
    expect(platforms.statusCode).toBe(200);
    expect(regionsOf(platforms.json()).size).toBe(COUNTIES.length);
  });

  it('a 陇西县 user sees none of 安定区’s records, nor its or the city’s figures', async () => {
    const staff = await t.as('staff');
    const anding = await t.db
      .selectFrom('enterprise')
      .select('id')
      .where('region_code', '=', '621102')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const one = await staff.get(`/api/v1/enterprises/${anding.id}`);
    expect(one.statusCode).toBe(403);
    expect(one.json().error.message).toContain('不在您的管辖范围内');
    const firms = await staff.get('/api/v1/enterprises?pageSize=200');
    expect([...regionsOf(firms.json())]).toEqual([DEMO_COUNTY.code]);
    const platforms = await staff.get('/api/v1/tech-platform/platforms?pageSize=200');
    expect([...regionsOf(platforms.json())]).toEqual([DEMO_COUNTY.code]);
    for (const region of ['621102', DEMO_CITY.code]) {
      expect((await staff.get(`/api/v1/facts?period=2022H1&region=${region}`)).statusCode).toBe(403);
    }
  });
});
