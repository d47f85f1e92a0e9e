import type { Kysely } from 'kysely';
import { assertInScope } from '../../../platform/auth/row-scope';
import type { DB } from '../../../platform/db/schema';
import { AppError, notFound } from '../../../platform/errors';
import type { AuthContext } from '../../../platform/http/types';
import { evaluationScope } from './evaluation.policy';
import { entriesOfRound, findRound, roundHistory, tasksOfEntries } from './evaluation.repository';

/**
 * A round with the entries the user may see: staff and leaders of its county all of them with every expert task;
 * an operator its own platforms' (no expert tasks: who scored what stays with the bureau); an expert the entries
 * assigned to them with their own task only. Anyone else: 403.
 */
export async function readEvalRound(db: Kysely<DB>, auth: AuthContext, id: number) {
  const round = await findRound(db, id);
  if (!round) throw notFound('评价批次');
  const scope = evaluationScope(auth);
  if (scope.kind === 'region') assertInScope(scope, round, '该评价批次');
  const entries = await entriesOfRound(db, id, scope);
  if (scope.kind !== 'region' && entries.length === 0) {
    throw new AppError(
      'OUT_OF_SCOPE',
      scope.kind === 'own' ? '该评价批次中没有本单位运营的平台' : '该评价批次未分配给您',
    );
  }
  const tasks = await tasksOfEntries(
    db,
    entries.map((e) => e.id),
  );
  const visible =
    scope.kind === 'region' ? tasks : scope.kind === 'assigned' ? tasks.filter((t) => t.expert_id === auth.userId) : [];
  return { round, entries, tasks: visible, history: await roundHistory(db, id) };
}
