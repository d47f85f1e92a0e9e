import { sql, type Kysely } from 'kysely';

/**
 * Jobs name the process running them (`runner`: host#pid#instance), so a restarted server recognises at once the
 * jobs a killed process left 'running' on its host instead of waiting for their heartbeat to go stale; and a job
 * that writes in one transaction marks `committed_at` inside it, so an interrupted job is known to have written
 * everything or nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table job add column runner text, add column committed_at timestamptz`.execute(db);
}
