import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';
import type { AuthContext } from '../../../platform/http/types';
import { evaluationScope } from './evaluation.policy';
import { entriesInScope, tasksOfEntries } from './evaluation.repository';

/** Entries by id (a report fact's link) or of a round, as far as the user may see them, with visible expert tasks. */
export async function listEvalResults(db: Kysely<DB>, auth: AuthContext, f: { ids?: number[]; roundId?: number }) {
  const scope = evaluationScope(auth);
  const entries = await entriesInScope(db, scope, f);
  const tasks = await tasksOfEntries(
    db,
    entries.map((e) => e.id),
  );
  const visible =
    scope.kind === 'region' ? tasks : scope.kind === 'assigned' ? tasks.filter((t) => t.expert_id === auth.userId) : [];
  return { entries, tasks: visible };
}
