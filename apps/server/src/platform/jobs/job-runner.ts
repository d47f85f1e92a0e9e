import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { notifyUser } from '../messages/notify';

/** What a job handler gets: its payload and a way to report progress (0–100). */
export interface JobContext<P = unknown> {
  id: number;
  payload: P;
  createdBy: number | null;
  db: Kysely<DB>;
  progress(percent: number, message?: string): Promise<void>;
  /**
   * Marks, inside the job's own write transaction, that its data is in: if the process dies before the job is
   * finished, recovery then reports it succeeded instead of asking the user to run it again.
   */
  markCommitted(trx: Kysely<DB>): Promise<void>;
}

export type JobHandler<P = unknown> = (ctx: JobContext<P>) => Promise<unknown>;

/** The runner's clock; tests shorten it. */
export interface JobRunnerTiming {
  /** A running job whose heartbeat is older than this is taken to have died with its process. */
  staleMs: number;
  /** Running jobs heartbeat on a timer, whether or not the handler reports progress. */
  heartbeatMs: number;
  /** How often a runner looks for jobs left running by a process that is gone. */
  sweepMs: number;
  pollMs: number;
}
const TIMING: JobRunnerTiming = { staleMs: 60_000, heartbeatMs: 10_000, sweepMs: 30_000, pollMs: 500 };

export const INTERRUPTED_MESSAGE = '服务中断，任务未完成，未写入任何数据；请重新执行';
const COMMITTED_MESSAGE = '已完成（服务中断前已全部写入）';

/** True while a process with this pid exists on this host (EPERM: it exists but belongs to someone else). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Persisted jobs: rows in `job`, claimed with SKIP LOCKED so several app instances can share the queue. A job
 * left 'running' by a process that died is failed (or, if it had committed, succeeded) by the next runner that
 * sees it: at once at start when the dead process was on this host, else when its heartbeat goes stale.
 */
export class JobRunner {
  /** This runner's name in `job.runner`: host#pid#instance (tests run several runners in one process). */
  readonly instance = `${hostname()}#${process.pid}#${randomUUID().slice(0, 8)}`;
  private handlers = new Map<string, JobHandler<never>>();
  private running = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private lastSweep = 0;
  private busy = false;
  private stopped = false;
  private current: Promise<void> | null = null;
  /** Progress of jobs running in this process, newer than the row while a long transaction is open. */
  private live = new Map<number, { progress: number; message?: string }>();
  private flushing = new Map<number, Promise<void>>();

  private timing: JobRunnerTiming;

  constructor(
    private db: Kysely<DB>,
    timing: Partial<JobRunnerTiming> = {},
  ) {
    this.timing = { ...TIMING, ...timing };
  }

  /** Registers the handler of a job type. */
  register<P>(type: string, handler: JobHandler<P>): void {
    this.handlers.set(type, handler as JobHandler<never>);
  }

  /**
   * Queues a job and returns its id; the runner picks it up within a poll interval. Pass a transaction as `via` to
   * queue it only if that transaction commits.
   */
  async enqueue(
    opts: {
      type: string;
      title: string;
      payload?: unknown;
      createdBy: number | null;
      regionCode?: string | null;
    },
    via: Kysely<DB> = this.db,
  ): Promise<number> {
    if (!this.handlers.has(opts.type)) throw new Error(`unknown job type ${opts.type}`);
    const row = await via
      .insertInto('job')
      .values({
        type: opts.type,
        title: opts.title,
        payload: JSON.stringify(opts.payload ?? null),
        result: null,
        message: null,
        created_by: opts.createdBy,
        region_code: opts.regionCode ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    this.kick();
    return row.id;
  }

  /** Settles the jobs a dead process left running, then starts polling and heartbeating. */
  async start(): Promise<void> {
    await this.recoverInterrupted();
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), this.timing.pollMs);
    this.timer.unref();
    this.heartbeatTimer = setInterval(() => void this.heartbeat(), this.timing.heartbeatMs);
    this.heartbeatTimer.unref();
  }

  /** Stops polling and claiming, and waits for the job in hand to finish; queued jobs stay queued for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    await this.current;
  }

  /**
   * Jobs left 'running' by a process that is gone: its pid no longer exists on this host, or (elsewhere) its
   * heartbeat is stale. A job that had marked its commit succeeded; any other failed, for its owner to run again
   * (its writes were all-or-nothing). Re-running silently could repeat a job that crashed its process.
   */
  async recoverInterrupted(): Promise<number> {
    this.lastSweep = Date.now();
    const running = await this.db
      .selectFrom('job')
      .select(['id', 'title', 'runner', 'heartbeat_at', 'committed_at', 'created_by'])
      .where('status', '=', 'running')
      .execute();
    const staleBefore = Date.now() - this.timing.staleMs;
    let settled = 0;
    for (const job of running) {
      if (this.running.has(job.id) || !this.isOrphan(job.runner, job.heartbeat_at, staleBefore)) continue;
      const committed = job.committed_at !== null;
      const updated = await this.db
        .updateTable('job')
        .set({
          status: committed ? 'succeeded' : 'failed',
          message: committed ? COMMITTED_MESSAGE : INTERRUPTED_MESSAGE,
          finished_at: new Date(),
          ...(committed ? { progress: 100 } : {}),
        })
        .where('id', '=', job.id)
        .where('status', '=', 'running')
        .where((eb) => (job.runner === null ? eb('runner', 'is', null) : eb('runner', '=', job.runner)))
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) continue; // another instance settled it first
      settled++;
      if (job.created_by && !committed) {
        await notifyUser(this.db, job.created_by, {
          category: 'job',
          title: `任务中断：${job.title}`,
          body: INTERRUPTED_MESSAGE,
          link: `/system/job?id=${job.id}`,
        });
      }
    }
    return settled;
  }

  private isOrphan(runner: string | null, heartbeatAt: Date | null, staleBefore: number): boolean {
    if (heartbeatAt === null || heartbeatAt.getTime() < staleBefore) return true;
    const [host, pid] = (runner ?? '').split('#');
    return host === hostname() && Number(pid) !== process.pid && !processAlive(Number(pid));
  }

  private async heartbeat(): Promise<void> {
    if (this.running.size === 0) return;
    try {
      await this.db
        .updateTable('job')
        .set({ heartbeat_at: new Date() })
        .where('id', 'in', [...this.running])
        .where('status', '=', 'running')
        .execute();
    } catch {
      // The next beat tries again; a job is only taken for dead after staleMs without one.
    }
  }

  /** Waits for the job in hand, then runs queued jobs until none is left (tests use it instead of the poll). */
  async drain(): Promise<void> {
    await this.current;
    await this.runAll();
  }

  private async runAll(): Promise<void> {
    if (Date.now() - this.lastSweep > this.timing.sweepMs) await this.recoverInterrupted();
    // A stop ends the loop after the job in hand: the rest stay queued instead of holding up the shutdown.
    while (!this.stopped && (await this.runOne()));
  }

  private kick(): void {
    if (this.busy || this.stopped) return;
    this.busy = true;
    this.current = this.runAll()
      .catch(() => undefined)
      .finally(() => {
        this.busy = false;
      });
  }

  private async runOne(): Promise<boolean> {
    const job = await this.db.transaction().execute(async (trx) => {
      const next = await sql<{ id: number }>`
        select id from job where status = 'queued' order by id limit 1 for update skip locked`.execute(trx);
      if (next.rows.length === 0) return null;
      return trx
        .updateTable('job')
        .set((eb) => ({
          status: 'running',
          started_at: new Date(),
          heartbeat_at: new Date(),
          attempts: eb('attempts', '+', 1),
          runner: this.instance,
        }))
        .where('id', '=', next.rows[0].id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
    if (!job) return false;
    this.running.add(job.id);
    const handler = this.handlers.get(job.type);
    const ctx: JobContext<never> = {
      id: job.id,
      payload: job.payload as never,
      createdBy: job.created_by,
      db: this.db,
      // Never waits on the database: a handler may report progress from inside its own transaction,
      // which on PGlite's single session would otherwise wait for itself.
      progress: async (percent, message) => {
        this.live.set(job.id, { progress: Math.max(0, Math.min(100, percent)), message });
        if (!this.flushing.has(job.id)) this.flushing.set(job.id, this.flush(job.id));
      },
      markCommitted: async (trx) => {
        await trx.updateTable('job').set({ committed_at: new Date() }).where('id', '=', job.id).execute();
      },
    };
    try {
      if (!handler) throw new Error(`没有可处理“${job.type}”类型任务的程序`);
      const result = await handler(ctx);
      await this.finish(job.id, 'succeeded', result, null);
      if (job.created_by) {
        await notifyUser(this.db, job.created_by, {
          category: 'job',
          title: `任务完成：${job.title}`,
          body: '任务已完成，可在任务中心查看结果。',
          link: `/system/job?id=${job.id}`,
        });
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await this.finish(job.id, 'failed', null, message);
      if (job.created_by) {
        await notifyUser(this.db, job.created_by, {
          category: 'job',
          title: `任务失败：${job.title}`,
          body: message.slice(0, 500),
          link: `/system/job?id=${job.id}`,
        });
      }
    } finally {
      this.running.delete(job.id);
    }
    return true;
  }

  /** The live progress of a job running here, if any (the jobs API overlays it on the row). */
  liveProgress(id: number): { progress: number; message?: string } | undefined {
    return this.live.get(id);
  }

  private async flush(id: number): Promise<void> {
    try {
      const p = this.live.get(id);
      if (p) {
        await this.db
          .updateTable('job')
          .set({ progress: p.progress, heartbeat_at: new Date(), ...(p.message ? { message: p.message } : {}) })
          .where('id', '=', id)
          .where('status', '=', 'running')
          .execute();
      }
    } catch {
      // Progress is advisory; the final status is written by finish().
    } finally {
      this.flushing.delete(id);
    }
  }

  private async finish(id: number, status: 'succeeded' | 'failed', result: unknown, message: string | null) {
    await this.flushing.get(id);
    this.live.delete(id);
    await this.db
      .updateTable('job')
      .set({
        status,
        result: JSON.stringify(result ?? null),
        finished_at: new Date(),
        heartbeat_at: new Date(),
        ...(status === 'succeeded' ? { progress: 100 } : {}),
        message: message ?? '已完成',
      })
      .where('id', '=', id)
      .execute();
  }
}
