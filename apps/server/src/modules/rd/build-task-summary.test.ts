import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

// The summary is one GROUPING SETS statement (bench/FINDINGS.md F6); each dimension must equal a plain GROUP BY.
let t: TestApp;
let staff: TestClient;
let taskId: number;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  taskId = (await t.db.selectFrom('rd_task').select('id').where('period', '=', '2022H1').executeTakeFirstOrThrow()).id;
});
afterAll(() => t?.close());

const KEYS = {
  byTownship: sql`township_code`,
  byIndustry: sql`left(industry_code, 2)`,
  byTier: sql`case when is_high_tech then 'high_tech' when is_tech_sme then 'tech_sme' else 'other' end`,
  byPerformer: sql`performer`,
};

async function reference(key: (typeof KEYS)[keyof typeof KEYS]) {
  const { rows } = await sql<{ key: string | null; units: number; internal_total: string; deduction_claimed: string }>`
    select ${key} as key, count(*)::int as units, round(sum(internal_total), 2)::text as internal_total, round(coalesce(sum(deduction_claimed), 0), 2)::text as deduction_claimed
    from rd_task_unit where task_id = ${taskId} and status = 'approved' group by 1 order by 1`.execute(t.db);
  return rows.map((r) => ({
    key: r.key ?? '',
    units: r.units,
    internalTotal: r.internal_total,
    deductionClaimed: r.deduction_claimed,
  }));
}

describe('the task summary by GROUPING SETS', () => {
  it('gives every dimension exactly what a plain GROUP BY gives, in the same order, with names', async () => {
    const s = (await staff.get(`/api/v1/rd/tasks/${taskId}/summary`)).json();
    expect(s.total.units).toBeGreaterThan(1);
    for (const [dimension, key] of Object.entries(KEYS)) {
      const got = (
        s[dimension] as { key: string; units: number; internalTotal: string; deductionClaimed: string }[]
      ).map(({ key: k, units, internalTotal, deductionClaimed }) => ({
        key: k,
        units,
        internalTotal,
        deductionClaimed,
      }));
      expect(got, dimension).toEqual(await reference(key));
    }
    const town = s.byTownship.find((g: { key: string }) => g.key !== '');
    const name = await t.db.selectFrom('region').select('name').where('code', '=', town.key).executeTakeFirstOrThrow();
    expect(town.label).toBe(name.name);
    const div = s.byIndustry.find((g: { key: string }) => g.key !== '');
    const ind = await t.db.selectFrom('industry').select('name').where('code', '=', div.key).executeTakeFirstOrThrow();
    expect(div.label).toBe(ind.name);
  });
});
