import type { Kysely, Transaction } from 'kysely';
import {
  NEED_STATE_LABELS,
  findNeedTransition,
  mayMoveTo,
  needTransitionProblem,
  type NeedActor,
  type NeedState,
} from '@kechuang/domain';
import type { Actor } from '../../../platform/audit/audit.writer';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError, forbidden } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { enterpriseEventInsert } from '../../enterprise/timeline';
import { actorOnNeed } from './matching.policy';
import { findNeed, type NeedRow } from './need.repository';
import { readNeed } from './read-need';

export interface NeedMove {
  id: number;
  version: number;
  to: NeedState;
  /** The columns the move sets besides the status. */
  set: Record<string, unknown>;
  note: string | null;
  /** The audit action: commissioner.need.assign / .complete / .close. */
  action: string;
  /** Extra checks inside the transaction, on the need as it was (e.g. the commissioner assigned). */
  check?: (trx: Transaction<DB>, need: NeedRow, by: NeedActor) => Promise<void>;
  /** The timeline event's title. */
  title: (need: NeedRow) => string;
  /** Sent in the transaction before the audit row (the message to the commissioner). */
  alongside?: (trx: Transaction<DB>, need: NeedRow, actor: Actor) => Promise<void>;
}

/**
 * One move of a need (docs/rules.md §5.1.2) in one transaction: the need as it was is read and the move checked against
 * the state table for the part the user plays; the row updated under its version; a history row; the enterprise's
 * timeline event sent with the audit append, last.
 */
export async function moveNeed(db: Kysely<DB>, { auth, actor }: UseCaseContext, m: NeedMove): Promise<NeedRow> {
  try {
    await db.transaction().execute(async (trx) => {
      const need = await findNeed(trx, m.id);
      if (!need) return; // updateVersioned answers 404
      const by = actorOnNeed(auth, need);
      // A move the user's part never makes is refused (403); one the need's state does not allow is a conflict (409).
      if (!mayMoveTo(by, m.to)) throw forbidden();
      const problem = needTransitionProblem(need.status as NeedState, m.to, by);
      if (problem && !findNeedTransition(need.status as NeedState, m.to)) throw new AppError('CONFLICT', problem);
      if (problem) throw forbidden(problem);
      await m.check?.(trx, need, by);
      const { before, after, auditHead } = await updateVersioned<Record<string, unknown>>(trx, {
        table: 'commissioner_need',
        key: 'id',
        id: m.id,
        version: m.version,
        set: { ...m.set, status: m.to },
        what: '技术需求',
        userId: actor.id,
        auditChain: 'region_code',
      });
      if (before.status !== need.status) {
        throw new AppError('VERSION_CONFLICT', '该技术需求已被他人办理，请刷新后重试');
      }
      await trx
        .insertInto('commissioner_need_history')
        .values({
          need_id: m.id,
          region_code: need.region_code,
          from_state: need.status,
          to_state: m.to,
          note: m.note,
          actor_id: actor.id,
          actor_name: actor.name,
        })
        .execute();
      await m.alongside?.(trx, need, actor);
      const event = enterpriseEventInsert(trx, actor, {
        enterpriseId: need.enterprise_id,
        regionCode: need.region_code,
        module: 'commissioner',
        kind: `need-${m.to}`,
        title: m.title(need),
        detail: m.note,
        ref: { type: 'commissioner_need', id: m.id },
      });
      await writeAudit(
        trx,
        actor,
        {
          action: m.action,
          objectType: 'commissioner_need',
          objectId: m.id,
          regionCode: need.region_code,
          before,
          after,
          details: { from: NEED_STATE_LABELS[need.status as NeedState], to: NEED_STATE_LABELS[m.to] },
        },
        { head: auditHead!, alongside: [event] },
      );
    });
  } catch (e) {
    // A stale version of a need the user may not see is refused like any other access.
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readNeed(db, auth, m.id);
    throw e;
  }
  const row = await findNeed(db, m.id);
  if (!row) await readNeed(db, auth, m.id); // 404
  return row!;
}
