import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, secondInstanceDb } from '../../../test/test-db';
import type { Database } from '../db/database';
import { bureauDay, DailySchedule } from './daily-schedule';
import { JobRunner } from './job-runner';

let first: Database & { url: string | null };
let second: Database;
beforeAll(async () => {
  first = await openTestDatabase();
  second = await secondInstanceDb(first);
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

const REMINDER = { type: 'test.daily-reminder', title: '测试每日提醒' };

/** One app instance's scheduler: its own runner on its own pool, at a fixed clock. */
function instance(db: Database, at: Date) {
  const runner = new JobRunner(db.db);
  runner.register(REMINDER.type, async () => undefined);
  return new DailySchedule(db.db, runner, [REMINDER], { now: () => at });
}

const queuedReminders = async () =>
  (await first.db.selectFrom('job').select('id').where('type', '=', REMINDER.type).execute()).length;

describe('daily jobs on several instances', () => {
  it("takes the bureau's day in China time, whatever the server's zone", () => {
    expect(bureauDay(new Date('2026-12-07T15:59:59Z'))).toBe('2026-12-07');
    expect(bureauDay(new Date('2026-12-07T16:00:00Z'))).toBe('2026-12-08');
  });

  it('queues once when two instances fire the same day, not again on a restart, and again the next day', async () => {
    const monday = new Date('2026-12-07T01:00:00Z');
    const [a, b] = await Promise.all([instance(first, monday).tick(), instance(second, monday).tick()]);
    expect([...a, ...b]).toHaveLength(1);
    expect(await queuedReminders()).toBe(1);

    // A restart later the same day: a new runner and schedule find the day taken.
    expect(await instance(second, new Date('2026-12-07T15:00:00Z')).tick()).toEqual([]);
    expect(await queuedReminders()).toBe(1);

    const claim = await first.db
      .selectFrom('job_schedule_run')
      .selectAll()
      .where('job_name', '=', REMINDER.type)
      .executeTakeFirstOrThrow();
    expect(claim).toMatchObject({ period_key: '2026-12-07', job_id: [...a, ...b][0] });

    const tuesday = new Date('2026-12-07T16:30:00Z');
    const next = await Promise.all([instance(first, tuesday).tick(), instance(second, tuesday).tick()]);
    expect(next.flat()).toHaveLength(1);
    expect(await queuedReminders()).toBe(2);
  });

  it('started, checks at once and then on its timer without queuing twice', async () => {
    const day = new Date('2026-12-20T02:00:00Z');
    const before = await queuedReminders();
    const schedule = instance(first, day);
    schedule.start();
    await schedule.stop();
    expect(await queuedReminders()).toBe(before + 1);
    expect(await instance(second, day).tick()).toEqual([]);
  });
});
