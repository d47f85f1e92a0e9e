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
}

export type JobHandler<P = unknown> = (ctx: JobContext<P>) => Promise<unknown>;

// A running job whose heartbeat is older than this is taken to have died with its process.
const STALE_MS = 60_000;
const POLL_MS = 500;

/**
 * Persisted jobs: rows in `job`, claimed with SKIP LOCKED so several app instances can share the
 * queue; a job left 'running' by a killed process is queued again at start.
 */
export class JobRunner {
  private handlers = new Map<string, JobHandler<never>>();
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private stopped = false;
  private current: Promise<void> | null = null;
  /** Progress of jobs running in this process, newer than the row while a long transaction is open. */
  private live = new Map<number, { progress: number; message?: string }>();
  private flushing = new Map<number, Promise<void>>();

  constructor(private db: Kysely<DB>) {}

  /** Registers the handler of a job type. */
  register<P>(type: string, handler: JobHandler<P>): void {
    this.handlers.set(type, handler as JobHandler<never>);
  }

  /** Queues a job and returns its id; the runner picks it up within a poll interval. */
  async enqueue(opts: {
    type: string;
    title: string;
    payload?: unknown;
    createdBy: number | null;
    regionCode?: string | null;
  }): Promise<number> {
    if (!this.handlers.has(opts.type)) throw new Error(`unknown job type ${opts.type}`);
    const row = await this.db
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

  /** Starts polling; re-queues jobs orphaned by a previous process. */
  async start(): Promise<void> {
    await this.db
      .updateTable('job')
      .set({ status: 'queued', message: '服务重启，任务重新排队' })
      .where('status', '=', 'running')
      .where((eb) => eb.or([eb('heartbeat_at', 'is', null), eb('heartbeat_at', '<', new Date(Date.now() - STALE_MS))]))
      .execute();
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
  }

  /** Stops polling and waits for the job in hand to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.current;
  }

  /** Waits for the job in hand, then runs queued jobs until none is left (tests use it instead of the poll). */
  async drain(): Promise<void> {
    await this.current;
    await this.runAll();
  }

  private async runAll(): Promise<void> {
    while (await this.runOne());
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
        }))
        .where('id', '=', next.rows[0].id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
    if (!job) return false;
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
