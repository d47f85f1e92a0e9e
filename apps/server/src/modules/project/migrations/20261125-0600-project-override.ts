import { sql, type Kysely } from 'kysely';
import { grantPermissions } from '../../../platform/db/grants';

/**
 * 强制变更状态: a leader may move an application where the state machine does not go, with a reason; the
 * transition row is flagged so the timeline and audit show it apart from ordinary moves.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table project_transition add column override boolean not null default false`.execute(db);
  await grantPermissions(db, 'leader', ['project:application:override']);
}
