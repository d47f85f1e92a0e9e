import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';
import { secondInstanceDb } from '../../../test/test-db';
import { INTERRUPTED_MESSAGE, JobRunner } from './job-runner';

let t: TestApp;
let staffId: number;
beforeAll(async () => {
  t = await createTestApp();
  staffId = (await t.db.selectFrom('app_user').select('id').where('username', '=', 'staff').executeTakeFirstOrThrow())
    .id;
});
afterAll(() => t?.close());

/** The pid of a process that has just exited, as a killed server's would be. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

/** A job row as a process left it: running, with the given runner and heartbeat. */
async function leftRunning(o: { runner: string | null; heartbeatAt: Date | null; committed?: boolean }) {
  const row = await t.db
    .insertInto('job')
    .values({
      type: 'test.left-running',
      title: '遗留任务',
      payload: JSON.stringify(null),
      result: null,
      message: '已写入 3000 / 20000 行',
      created_by: staffId,
      status: 'running',
      runner: o.runner,
      heartbeat_at: o.heartbeatAt,
      started_at: new Date(),
      committed_at: o.committed ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const jobRow = (id: number) =>
  t.db
    .selectFrom('job')
    .select(['status', 'message', 'progress', 'attempts'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('jobs a killed process left running', () => {
  it('are failed at once when a quick restart finds their process gone from this host', async () => {
    const id = await leftRunning({ runner: `${hostname()}#${deadPid()}#a1b2c3d4`, heartbeatAt: new Date() });
    const runner = new JobRunner(t.db);
    await runner.start();
    await runner.stop();
    expect(await jobRow(id)).toMatchObject({ status: 'failed', message: INTERRUPTED_MESSAGE });
    const note = await t.db
      .selectFrom('message')
      .select(['title', 'body'])
      .where('user_id', '=', staffId)
      .where('link', '=', `/system/job?id=${id}`)
      .executeTakeFirstOrThrow();
    expect(note).toEqual({ title: '任务中断：遗留任务', body: INTERRUPTED_MESSAGE });
  });

  it('succeed when they had marked their commit before the process died', async () => {
    const id = await leftRunning({
      runner: `${hostname()}#${deadPid()}#a1b2c3d4`,
      heartbeatAt: new Date(),
      committed: true,
    });
    const runner = new JobRunner(t.db);
    await runner.start();
    await runner.stop();
    expect(await jobRow(id)).toMatchObject({ status: 'succeeded', progress: 100 });
  });

  it('are left alone while their process lives, here or on another host with a fresh heartbeat', async () => {
    const here = await leftRunning({ runner: `${hostname()}#${process.pid}#0000ffff`, heartbeatAt: new Date() });
    const elsewhere = await leftRunning({ runner: `another-host#${deadPid()}#0000ffff`, heartbeatAt: new Date() });
    const runner = new JobRunner(t.db);
    await runner.start();
    await runner.stop();
    expect((await jobRow(here)).status).toBe('running');
    expect((await jobRow(elsewhere)).status).toBe('running');
    await t.db.deleteFrom('job').where('id', 'in', [here, elsewhere]).execute();
  });

  it('are failed when another host stopped heartbeating, and legacy rows without a runner too', async () => {
    const stale = new Date(Date.now() - 5 * 60_000);
    const elsewhere = await leftRunning({ runner: `another-host#4242#0000ffff`, heartbeatAt: stale });
    const legacy = await leftRunning({ runner: null, heartbeatAt: stale });
    const runner = new JobRunner(t.db);
    await runner.start();
    await runner.stop();
    expect((await jobRow(elsewhere)).status).toBe('failed');
    expect((await jobRow(legacy)).status).toBe('failed');
  });
});

describe('a running job', () => {
  it('heartbeats on a timer while its handler reports no progress, and names its runner', async () => {
    const runner = new JobRunner(t.db, { heartbeatMs: 20, pollMs: 10 });
    let release!: () => void;
    const released = new Promise<void>((ok) => (release = ok));
    runner.register('test.quiet', () => released);
    await runner.start();
    const id = await runner.enqueue({ type: 'test.quiet', title: '安静的任务', createdBy: staffId });
    const beat = () =>
      t.db
        .selectFrom('job')
        .select(['status', 'heartbeat_at', 'runner'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    await vi.waitFor(async () => expect((await beat()).status).toBe('running'));
    const first = await beat();
    expect(first.runner).toBe(runner.instance);
    await vi.waitFor(async () =>
      expect((await beat()).heartbeat_at!.getTime()).toBeGreaterThan(first.heartbeat_at!.getTime()),
    );
    release();
    await vi.waitFor(async () => expect((await beat()).status).toBe('succeeded'));
    await runner.stop();
  });

  it('is not taken for dead by another instance while it runs quietly past the stale limit', async () => {
    const staleMs = 250;
    const other = await secondInstanceDb(t);
    const runner = new JobRunner(t.db, { heartbeatMs: 25, staleMs, pollMs: 10 });
    const sweeper = new JobRunner(other.db, { staleMs });
    let release!: () => void;
    const released = new Promise<void>((ok) => (release = ok));
    runner.register('test.long-quiet', () => released);
    await runner.start();
    try {
      const id = await runner.enqueue({ type: 'test.long-quiet', title: '长时间无进度的任务', createdBy: staffId });
      await vi.waitFor(async () => expect((await jobRow(id)).status).toBe('running'));
      const startedAt = Date.now();
      // The other instance sweeps again and again for three stale limits: the timer's heartbeat keeps the job alive.
      while (Date.now() - startedAt < 3 * staleMs) {
        expect(await sweeper.recoverInterrupted()).toBe(0);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect((await jobRow(id)).status).toBe('running');
      release();
      await vi.waitFor(async () => expect((await jobRow(id)).status).toBe('succeeded'));
      expect((await jobRow(id)).attempts).toBe(1);
    } finally {
      release();
      await runner.stop();
      await other.close();
    }
  });
});

describe('stopping the runner (a server shutting down)', () => {
  it('waits for the job in hand to finish and leaves the queued ones queued for the next start', async () => {
    const runner = new JobRunner(t.db, { pollMs: 10 });
    let release!: () => void;
    const released = new Promise<void>((ok) => (release = ok));
    const started: number[] = [];
    runner.register('test.stop', async (ctx) => {
      started.push(ctx.id);
      await released;
    });
    await runner.start();
    const first = await runner.enqueue({ type: 'test.stop', title: '进行中的任务', createdBy: null });
    await vi.waitFor(() => expect(started).toEqual([first]));
    const second = await runner.enqueue({ type: 'test.stop', title: '排队的任务', createdBy: null });
    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    await new Promise((r) => setImmediate(r)); // a turn of the loop: the stop must still be waiting for the job
    expect(stopped).toBe(false);
    release();
    await stopping;
    const status = async (id: number) =>
      (await t.db.selectFrom('job').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
    expect(await status(first)).toBe('succeeded');
    expect(await status(second)).toBe('queued');
    expect(started).toEqual([first]);
    await t.db.deleteFrom('job').where('type', '=', 'test.stop').execute();
  });
});
