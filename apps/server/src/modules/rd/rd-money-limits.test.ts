import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

// R&D sums are unbounded numeric (money) and bigint (head counts): units at their columns' maxima still add up.
let t: TestApp;
let staff: TestClient;
let taskId: number;
let units: number;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  taskId = (await t.db.selectFrom('rd_task').select('id').where('period', '=', '2022H1').executeTakeFirstOrThrow()).id;
  const updated = await t.db
    .updateTable('rd_task_unit')
    .set({ internal_total: '9999999999999999.99', deduction_claimed: '9999999999999999.99', rd_staff: 2147483647 })
    .where('task_id', '=', taskId)
    .where('status', '=', 'approved')
    .executeTakeFirstOrThrow();
  units = Number(updated.numUpdatedRows);
});
afterAll(() => t?.close());

/** n × 9999999999999999.99 as the decimal text PostgreSQL gives. */
const times = (n: number) => {
  const cents = BigInt(n) * 999999999999999999n;
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
};

describe('R&D sums at the columns’ maxima', () => {
  it('the task summary adds every unit exactly (money and head counts)', async () => {
    expect(units).toBeGreaterThan(1);
    const res = await staff.get(`/api/v1/rd/tasks/${taskId}/summary`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().total).toMatchObject({
      units,
      rdStaff: units * 2147483647,
      internalTotal: times(units),
      deductionClaimed: times(units),
    });
  });

  it('the period report fact and the trend give the same exact total', async () => {
    const facts = await staff.get('/api/v1/rd/summary?period=2022H1');
    expect(facts.statusCode, facts.body).toBe(200);
    expect(facts.json().approvedTotal).toBe(times(units));
    const trend = await staff.get('/api/v1/rd/trend');
    expect(trend.statusCode, trend.body).toBe(200);
    expect(trend.json().find((p: { period: string }) => p.period === '2022H1').internalTotal).toBe(times(units));
  });
});
