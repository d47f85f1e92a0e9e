import { sql, type Kysely } from 'kysely';
import { grantPermissions } from '../../../platform/db/grants';

/**
 * Excel import of historical projects: staff may import (project:application:import), and the one transition
 * row each imported application gets is flagged so the history says 历史项目导入 instead of a move through states.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table project_transition add column imported boolean not null default false`.execute(db);
  await grantPermissions(db, 'staff', ['project:application:import']);
}
