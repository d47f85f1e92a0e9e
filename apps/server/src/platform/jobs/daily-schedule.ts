import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { JobRunner } from './job-runner';

/** A job queued once a day (a module's reminders). */
export interface DailyJob {
  type: string;
  title: string;
}

// The day is the bureau's: China Standard Time is UTC+8 all year, so no time-zone database is needed.
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The bureau's calendar day of an instant, YYYY-MM-DD: the period a daily job runs once in. */
export function bureauDay(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Queues `job` for `periodKey` unless some instance already did: the insert into `job_schedule_run` lands for
 * exactly one caller, and the job is queued in the same transaction, so a crash between the two loses neither.
 * Returns the queued job's id, or null when the period was already claimed.
 */
export async function queueOncePerPeriod(
  db: Kysely<DB>,
  jobs: JobRunner,
  job: DailyJob,
  periodKey: string,
): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const claimed = await sql<{ job_name: string }>`
      insert into job_schedule_run (job_name, period_key, runner) values (${job.type}, ${periodKey}, ${jobs.instance})
      on conflict do nothing returning job_name`.execute(trx);
    if (claimed.rows.length === 0) return null;
    const id = await jobs.enqueue({ ...job, createdBy: null }, trx);
    await trx
      .updateTable('job_schedule_run')
      .set({ job_id: id })
      .where('job_name', '=', job.type)
      .where('period_key', '=', periodKey)
      .execute();
    return id;
  });
}

/**
 * Runs the daily jobs once per bureau day whatever the number of instances and restarts: each instance checks at
 * start and then every `checkMs`, and only the first claim of the day queues.
 */
export class DailySchedule {
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<unknown> | null = null;

  constructor(
    private db: Kysely<DB>,
    private jobs: JobRunner,
    private daily: readonly DailyJob[],
    private opts: { checkMs?: number; now?: () => Date; onError?: (e: unknown) => void } = {},
  ) {}

  /** Queues every daily job no instance has queued today; returns the ids queued by this one. */
  async tick(): Promise<number[]> {
    const day = bureauDay(this.opts.now?.() ?? new Date());
    const queued: number[] = [];
    for (const job of this.daily) {
      try {
        const id = await queueOncePerPeriod(this.db, this.jobs, job, day);
        if (id !== null) queued.push(id);
      } catch (e) {
        this.opts.onError?.(e); // the next check tries again: nothing was claimed
      }
    }
    return queued;
  }

  /** Checks now, then every `checkMs` (ten minutes by default, so a new day is caught soon after midnight). */
  start(): void {
    const check = () => {
      this.ticking ??= this.tick().finally(() => (this.ticking = null));
    };
    check();
    this.timer = setInterval(check, this.opts.checkMs ?? 600_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.ticking;
  }
}
