import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { formFor, openTask, plus, save } from './rd.test-support';

let t: TestApp;
let staff: TestClient;
let unitOf: (name: string) => number;
let taskId: number;
const NAMES = ['首阳山', '丰源薯业', '金鼎铝业', '海升果业'];
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  // 2022 H2: 首阳中药 is a 高企, the others hold 2022 科小 registrations; all but 海升果业 were approved for 2022 H1.
  const opened = await openTask(t, staff, '2022H2', NAMES, '2023-01-20');
  unitOf = opened.unitOf;
  taskId = opened.task.id;
});
afterAll(() => t?.close());

const codesOf = async (name: string, body: Record<string, unknown>) => {
  const res = await save(t, staff, unitOf(name), body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().findings.map((f: { code: string }) => f.code) as string[];
};

describe('the task froze each unit’s tier for the period', () => {
  it('marks 首阳中药 as 高企 and the 2022 registrations as 科小', async () => {
    const units = (await staff.get(`/api/v1/rd/tasks/${taskId}/units`)).json().data as {
      enterpriseName: string;
      isHighTech: boolean;
      isTechSme: boolean;
    }[];
    const tier = (n: string) => units.find((u) => u.enterpriseName.includes(n))!;
    expect([tier('首阳').isHighTech, tier('丰源').isTechSme, tier('海升').isHighTech, tier('海升').isTechSme]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('each cross-check fires past its edge and not at it (through the API, on save)', () => {
  const haisheng = formFor('1000000.00');
  it('R&D above revenue', async () => {
    expect(await codesOf('海升果业', { ...haisheng, revenue: '1000000.00' })).toEqual([]);
    expect(await codesOf('海升果业', { ...haisheng, revenue: '999999.99' })).toEqual(['rd-above-revenue']);
  });
  it('R&D staff above total staff', async () => {
    expect(await codesOf('海升果业', { ...haisheng, staffTotal: 20, rdStaff: 20 })).toEqual([]);
    expect(await codesOf('海升果业', { ...haisheng, staffTotal: 20, rdStaff: 21 })).toEqual(['rd-staff-above-total']);
  });
  it('a jump of more than 50% from the previous half-year (丰源薯业 had 338万)', async () => {
    expect(await codesOf('丰源薯业', formFor('5070000.00'))).toEqual([]);
    expect(await codesOf('丰源薯业', formFor('5070000.01'))).toEqual(['jump-from-previous']);
    expect(await codesOf('丰源薯业', formFor('1690000.00'))).toEqual([]);
    const down = await save(t, staff, unitOf('丰源薯业'), formFor('1689999.99'));
    expect(down.json().findings[0].message).toContain('较上期（2022年上半年 3,380,000.00 元）下降 50.00%');
  });
  it('a 高企 below its band (870万 on 2.9亿 for a half-year: 5.8亿 a year → the 3% band)', async () => {
    expect(await codesOf('首阳山', { ...formFor('8700000.00'), revenue: '290000000.00' })).toEqual([]);
    const codes = await codesOf('首阳山', { ...formFor('8700000.00'), revenue: '290000000.01' });
    expect(codes).toEqual(['high-tech-below-band']);
  });
  it('a 科小 below its rule (2%, the lowest scoring band)', async () => {
    expect(await codesOf('金鼎铝业', { ...formFor('4760000.00'), revenue: '238000000.00' })).toEqual([]);
    expect(await codesOf('金鼎铝业', { ...formFor('4760000.00'), revenue: '238000000.01' })).toEqual([
      'tech-sme-below-rule',
    ]);
  });
  it('sums by type and by source must equal the total; projects must stay within it', async () => {
    expect(await codesOf('海升果业', { ...haisheng, materials: plus(haisheng.materials, '0.01') })).toEqual([
      'by-type-sum-mismatch',
    ]);
    expect(await codesOf('海升果业', { ...haisheng, fundsOther: plus(haisheng.fundsOther, '-0.01') })).toEqual([
      'by-source-sum-mismatch',
    ]);
    const p = haisheng.projects[0];
    expect(
      await codesOf('海升果业', { ...haisheng, projects: [p, { ...p, expenditure: '400000.00', government: '0' }] }),
    ).toEqual([]);
    expect(
      await codesOf('海升果业', { ...haisheng, projects: [p, { ...p, expenditure: '400000.01', government: '0' }] }),
    ).toEqual(['projects-above-internal']);
  });
  it('a unit that has not reported by the due date', async () => {
    const late = async (today: string) =>
      ((await staff.get(`/api/v1/rd/tasks/${taskId}/findings?code=not-reported&today=${today}`)).json() as unknown[])
        .length;
    expect(await late('2023-01-20')).toBe(0);
    expect(await late('2023-01-21')).toBe(4);
  });
});

describe('thresholds live in the rule table', () => {
  it('lowers the jump threshold to 20%, and refuses changing a structural rule', async () => {
    const rules = (await staff.get('/api/v1/rd/check-rules')).json() as {
      code: string;
      threshold: string | null;
      version: number;
      locked: boolean;
    }[];
    const jump = rules.find((r) => r.code === 'jump-from-previous')!;
    expect(jump.threshold).toBe('50.00');
    expect(await codesOf('丰源薯业', formFor('4225000.00'))).toEqual([]); // +25%
    const put = await staff.put('/api/v1/rd/check-rules/jump-from-previous', { version: jump.version, threshold: 20 });
    expect(put.json().threshold).toBe('20.00');
    expect(await codesOf('丰源薯业', formFor('4225000.00'))).toEqual(['jump-from-previous']);
    const locked = rules.find((r) => r.code === 'by-type-sum-mismatch')!;
    const refused = await staff.put('/api/v1/rd/check-rules/by-type-sum-mismatch', {
      version: locked.version,
      enabled: false,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('结构性校验');
    expect(
      (
        await (
          await t.as('leader')
        ).put('/api/v1/rd/check-rules/jump-from-previous', { version: put.json().version, threshold: 90 })
      ).statusCode,
    ).toBe(403);
  });

  it('keeps a county’s change to that county: another county still has the default, and can change its own', async () => {
    type Rule = { code: string; threshold: string | null; version: number };
    const jumpOf = async (c: Awaited<ReturnType<typeof t.as>>) =>
      ((await c.get('/api/v1/rd/check-rules')).json() as Rule[]).find((r) => r.code === 'jump-from-previous')!;
    const mine = await jumpOf(staff);
    const other = await t.addUser({ username: 'rd-rules-other', role: 'staff', region: '621102' });
    const theirs = await jumpOf(other);
    expect(theirs.threshold).toBe('50.00');
    const changed = await staff.put('/api/v1/rd/check-rules/jump-from-previous', {
      version: mine.version,
      threshold: 35,
    });
    expect(changed.statusCode).toBe(200);
    expect((await jumpOf(other)).threshold).toBe('50.00');
    const own = await other.put('/api/v1/rd/check-rules/jump-from-previous', {
      version: theirs.version,
      threshold: 80,
    });
    expect(own.statusCode).toBe(200);
    expect((await jumpOf(other)).threshold).toBe('80.00');
    expect((await jumpOf(staff)).threshold).toBe('35.00');
    const stale = await other.put('/api/v1/rd/check-rules/jump-from-previous', {
      version: theirs.version,
      threshold: 70,
    });
    expect(stale.statusCode).toBe(409);
  });
});
