import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { formFor, openTask, saveAndSubmit, unitVersion } from './rd.test-support';

let t: TestApp;
let staff: TestClient;
let taskId: number;
let units: number[];
// Amounts whose float sum is wrong (0.1 + 0.2 = 0.30000000000000004) next to a large one.
const AMOUNTS = ['0.10', '0.20', '12345678.91'];
const NAMES = ['海升果业', '绿源环保', '陇瑞电子'];
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  const opened = await openTask(t, staff, '2024H1', NAMES, '2024-07-20');
  taskId = opened.task.id;
  units = NAMES.map(opened.unitOf);
  for (const [i, id] of units.entries()) {
    const res = await saveAndSubmit(t, staff, id, formFor(AMOUNTS[i]));
    if (res.statusCode !== 200) throw new Error(res.body);
  }
});
afterAll(() => t?.close());

describe('aggregation is exact to the cent', () => {
  it('counts submitted forms only on the "reported" basis, approved ones by default', async () => {
    expect((await staff.get(`/api/v1/rd/tasks/${taskId}/summary`)).json().total).toMatchObject({
      units: 0,
      internalTotal: '0.00',
    });
    const reported = (await staff.get(`/api/v1/rd/tasks/${taskId}/summary?basis=reported`)).json();
    expect(reported.total).toMatchObject({ units: 3, internalTotal: '12345679.21' });
    for (const id of units) await staff.post(`/api/v1/rd/units/${id}/approve`, { version: await unitVersion(t, id) });
  });

  it('adds 0.10 + 0.20 + 12345678.91 to exactly 12345679.21, overall and per group', async () => {
    const s = (await staff.get(`/api/v1/rd/tasks/${taskId}/summary`)).json();
    expect(s.total).toMatchObject({ units: 3, internalTotal: '12345679.21', rdStaff: 60 });
    expect(s.total.fundsGovernment).toBe('1234567.92'); // 0.01 + 0.02 + 1234567.89
    expect(s.byTier).toEqual([
      expect.objectContaining({ key: 'other', internalTotal: '12345679.21', sharePercent: '100.00' }),
    ]);
    const town = s.byTownship.find((g: { internalTotal: string }) => g.internalTotal === '0.10');
    expect(town.sharePercent).toBe('0.00');
    const perTown = s.byTownship.map((g: { internalTotal: string }) => g.internalTotal).sort();
    expect(perTown).toEqual(['0.10', '0.20', '12345678.91']);
  });

  it('gives the period fact with the unit ids behind it', async () => {
    const s = (await staff.get('/api/v1/rd/summary?period=2024H1')).json();
    expect(s).toMatchObject({ approvedTotal: '12345679.21', units: 3, taskIds: [taskId] });
    expect([...s.unitIds].sort()).toEqual([...units].sort());
    expect((await staff.get('/api/v1/rd/summary?period=2024Q1')).statusCode).toBe(400);
  });
});

describe('R&D intensity against GDP entered per period with its source', () => {
  it('refuses a GDP without a source or with a negative value, naming the field', async () => {
    const noSource = await staff.put('/api/v1/rd/indicators', {
      code: 'gdp',
      period: '2024H1',
      value: '1234567921.00',
      source: '',
    });
    expect(noSource.statusCode).toBe(400);
    expect(noSource.json().error.message).toContain('请填写数据来源');
    const negative = await staff.put('/api/v1/rd/indicators', {
      code: 'gdp',
      period: '2024H1',
      value: '-1',
      source: '县统计局',
    });
    expect(negative.json().error.message).toContain('地区生产总值不能为负数');
  });

  it('computes intensity = R&D / GDP exactly (1.00%), and updates under optimistic locking', async () => {
    const created = await staff.put('/api/v1/rd/indicators', {
      code: 'gdp',
      period: '2024h1',
      value: '1234567921.00',
      source: '县统计局（测试）',
    });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toMatchObject({ period: '2024H1', value: '1234567921.00', unit: '元', version: 1 });
    let s = (await staff.get(`/api/v1/rd/tasks/${taskId}/summary`)).json();
    expect(s.intensity).toMatchObject({ percent: '1.00', gdpSource: '县统计局（测试）' });
    expect(
      (
        await staff.put('/api/v1/rd/indicators', {
          code: 'gdp',
          period: '2024H1',
          value: '617283960.50',
          source: '县统计局',
        })
      ).statusCode,
    ).toBe(409);
    const updated = await staff.put('/api/v1/rd/indicators', {
      code: 'gdp',
      period: '2024H1',
      value: '617283960.50',
      source: '县统计局',
      version: 1,
    });
    expect(updated.json().version).toBe(2);
    s = (await staff.get(`/api/v1/rd/tasks/${taskId}/summary`)).json();
    expect(s.intensity.percent).toBe('2.00');
    const trend = (await staff.get('/api/v1/rd/trend')).json();
    expect(trend.at(-1)).toMatchObject({ period: '2024H1', internalTotal: '12345679.21', intensityPercent: '2.00' });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'indicator_value')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['indicator.create', 'indicator.update']);
  });

  it('estimates 加计扣除 per unit and sums the estimates exactly', async () => {
    const d = (await staff.get(`/api/v1/rd/tasks/${taskId}/deductions`)).json();
    expect(d.rows).toHaveLength(3);
    const cents = (k: string) =>
      d.rows.reduce((n: bigint, r: Record<string, string>) => n + BigInt(r[k].replace('.', '')), 0n);
    expect(BigInt(d.total.deduction.replace('.', ''))).toBe(cents('deduction'));
    expect(BigInt(d.total.expensedRd.replace('.', ''))).toBe(cents('expensedRd'));
    expect(
      d.rows.every((r: { eligible: boolean; expensedPercent: number }) => r.eligible && r.expensedPercent === 100),
    ).toBe(true);
  });
});

describe('completion rate', () => {
  it('is 100% once all three have reported', async () => {
    const c = (await staff.get(`/api/v1/rd/tasks/${taskId}/completion`)).json();
    expect(c.overall).toMatchObject({ units: 3, approved: 3, reportedRate: '100.00' });
    expect(c.byTownship.every((x: { reportedRate: string }) => x.reportedRate === '100.00')).toBe(true);
  });
});
