import { sql, type Kysely } from 'kysely';

/**
 * One row per scheduled job and period (a day): the instance whose insert lands runs it, every other instance and
 * every restart in the same period finds the row and does not (platform/jobs/daily-schedule.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table job_schedule_run (
      job_name varchar(100) not null,
      period_key varchar(20) not null,
      runner varchar(200) not null,
      job_id integer,
      claimed_at timestamptz not null default now(),
      primary key (job_name, period_key)
    )`.execute(db);
}
