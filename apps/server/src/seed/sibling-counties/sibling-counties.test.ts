import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASURE_UNITS, exact, type ReportFact } from '@kechuang/domain';
import { factsWhere } from '../../../test/facts';
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
