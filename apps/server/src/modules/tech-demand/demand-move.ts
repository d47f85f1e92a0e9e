import type { Selectable, Transaction } from 'kysely';
import {
  DEMAND_STATE_LABELS,
  findDemandTransition,
  illegalDemandTransitionMessage,
  viaDemandTransitionMessage,
  type DemandActor,
  type DemandState,
  type DemandVia,
} from '@kechuang/domain';
import type { Actor, ChainHead } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, forbidden } from '../../platform/errors';
import type { TechDemandTable } from './tech-demand.tables';

export type DemandRowBefore = Selectable<TechDemandTable>;

export interface DemandMove {
  /** The demand as the caller read it: its id, state and the version the user read. */
  demand: { id: number; state: string; version: number };
  to: DemandState;
  actor: Actor;
  reason?: string | null;
  /** The part the user plays (the policy decides it): an owner may not make a staff move. */
  by?: DemandActor;
  /** The use case making the move: a via-move is made only by its own (docs/rules.md §5.2). */
  via?: DemandVia;
  /** Columns the move sets besides the state (published_on, review_score, …). */
  set?: Partial<Record<keyof TechDemandTable, unknown>>;
}

/**
 * The one way a demand changes state (docs/rules.md §5.2): the move is checked against the domain's table (409 naming
 * both states; a via-move asked of another use case 409 naming the way it is done; a missing reason 400), the row
 * updated under its version (stale → 409) and the history row written. The audit row stays the caller's, written
 * last with the answered `auditHead`.
 */
export async function recordDemandMove(
  trx: Transaction<DB>,
  m: DemandMove,
): Promise<{ before: DemandRowBefore; after: DemandRowBefore; auditHead: ChainHead }> {
  const from = m.demand.state as DemandState;
  const tr = findDemandTransition(from, m.to);
  if (!tr) throw new AppError('CONFLICT', illegalDemandTransitionMessage(from, m.to));
  if (tr.via && tr.via !== m.via) throw new AppError('CONFLICT', viaDemandTransitionMessage(tr));
  if (tr.by === 'staff' && m.by === 'owner') throw forbidden(`“${tr.label}”须由科技局业务人员办理`);
  const reason = m.reason?.trim() || null;
  if (tr.reasonRequired && !reason) {
    const message = `${tr.label}须填写理由`;
    throw new AppError('VALIDATION_FAILED', message, [{ field: 'reason', message }]);
  }
  const { before, after, auditHead } = await updateVersioned<DemandRowBefore>(trx, {
    table: 'tech_demand',
    key: 'id',
    id: m.demand.id,
    version: m.demand.version,
    set: { ...m.set, state: m.to },
    what: '技术需求',
    userId: m.actor.id,
    auditChain: 'region_code',
  });
  if (before.state !== from) {
    throw new AppError(
      'VERSION_CONFLICT',
      `该需求已变为“${DEMAND_STATE_LABELS[before.state as DemandState]}”，请刷新后重试`,
    );
  }
  await trx
    .insertInto('tech_demand_history')
    .values({
      demand_id: m.demand.id,
      from_state: from,
      to_state: m.to,
      actor_id: m.actor.id,
      actor_name: m.actor.name,
      reason,
    })
    .execute();
  return { before, after, auditHead: auditHead! };
}
