import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';

/** What hangs on the roster, children first (the scheme and the level rules are data, not the demo's). */
const ROSTER_DEPENDANTS = [
  'commissioner_assessment_rating',
  'commissioner_assessment_entry',
  'commissioner_assessment',
  'commissioner_need_history',
  'commissioner_need',
  'commissioner_service_log_history',
  'commissioner_pace_reminder',
  'commissioner_service_log',
  'commissioner_agreement',
  'commissioner_history',
] as const;

/**
 * Empties the roster the demo seeded (its commissioners, their logs, agreements, assessments and needs, their files
 * and training attendance), for a test file that builds the roster it reasons about. Each test file has its own
 * database, so nothing else sees it.
 */
export async function clearDemoRoster(db: Kysely<DB>): Promise<void> {
  for (const table of ROSTER_DEPENDANTS) await sql`delete from ${sql.table(table)}`.execute(db);
  await db.deleteFrom('attachment').where('owner_type', 'like', 'commissioner.%').execute();
  await db.deleteFrom('service_event_attendee').where('kind', '=', 'commissioner').execute();
  await db.deleteFrom('commissioner').execute();
}
