import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASURE_UNITS } from '@kechuang/domain';
import { factsOf, factsWhere, factSum } from '../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness';

let t: TestApp;
let staff: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

const value = (facts: Awaited<ReturnType<typeof factsOf>>, key: string, dims: Record<string, string>) =>
  factsWhere(facts, key, dims).map((f) => f.value);

describe('report facts: one contract for every module (GET /facts)', () => {
  it('states the 2022 H1 report figures of the register, projects and R&D, each with its records', async () => {
    const facts = await factsOf(staff, '2022H1');
    // 入库科技型企业22户; 5 家申报省级科技创新型企业，3 家进入公示阶段 (docs/rules.md §0.2)
    expect(value(facts, 'enterprise.certified', { tier: 'tech_sme' })).toEqual(['22']);
    expect(value(facts, 'enterprise.applied', { tier: 'provincial_innovative' })).toEqual(['5']);
    expect(
      value(facts, 'enterprise.applied-by-stage', { tier: 'provincial_innovative', stage: 'publicizing' }),
    ).toEqual(['3']);
    expect(factSum(facts, 'project.funding', { kind: 'grant', level: 'provincial' })).toBe('2000000.00');
    expect(value(facts, 'rd.approved-total', {})).toEqual(['72000000.00']);
    for (const f of facts) {
      expect(f.key.startsWith(`${f.module}.`)).toBe(true);
      expect(f.link).toContain(`ids=${f.recordIds.join(',')}`);
      // A count is the number of its records; a measure (money, days, a ratio) is summed over them.
      if (!MEASURE_UNITS.includes(f.unit)) expect(Number(f.value), f.key).toBe(f.recordIds.length);
    }
  });

  it('lists the records behind a figure by id and by name', async () => {
    const facts = await factsOf(staff, '2022H1');
    const [entries] = factsWhere(facts, 'enterprise.certified', { tier: 'tech_sme' });
    const rows = await t.db
      .selectFrom('qualification as q')
      .innerJoin('enterprise as e', 'e.id', 'q.enterprise_id')
      .select(['q.id', 'e.name'])
      .where('q.id', 'in', entries.recordIds)
      .orderBy('q.id')
      .execute();
    expect(rows.map((r) => r.id)).toEqual(entries.recordIds);
    expect(rows.map((r) => r.name)).toEqual(entries.recordNames);
    const [applicants] = factsWhere(facts, 'project.applications', { category: 'central_guide' });
    expect([...applicants.recordNames!].sort()).toEqual(['甘肃众智众创科技发展有限公司', '甘肃青龙管业有限责任公司']);
  });

  it('answers for a county inside the caller’s scope only, and refuses a period that does not exist', async () => {
    expect((await staff.get('/api/v1/facts?period=2022H1&region=621102')).statusCode).toBe(403);
    const bad = await staff.get('/api/v1/facts?period=2022H3');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('统计期间须为年度（如 2022）或半年（如 2022H1、2022H2）');
    expect((await (await t.as('qiye')).get('/api/v1/facts?period=2022H1')).statusCode).toBe(403);
  });

  it('has nothing to state for a period without records', async () => {
    expect(await factsOf(staff, '2009')).toEqual([]);
  });
});
