import type { Kysely, Selectable } from 'kysely';
import {
  findEventTransition,
  illegalEventTransitionMessage,
  type ServiceEventState,
  type TServiceEventTransitionRequest,
} from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { readServiceEvent } from './read-service-event';
import { assertCanUpdate } from './service-event.policy';
import { findServiceEvent, type ServiceEventRow } from './service-event.repository';
import type { ServiceEventTable } from './service-event.tables';

/**
 * Moves an event along its status table (packages/domain service-event-transitions): 计划 → 已举办, or 取消 with
 * its reason (400 naming 原因); a move the table forbids is 409 naming both states. One transaction: the row
 * (optimistic locking), its history row, the audit row last.
 */
export async function transitionServiceEvent(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  m: TServiceEventTransitionRequest,
): Promise<ServiceEventRow> {
  const current = await readServiceEvent(db, auth, id);
  assertCanUpdate(auth, current);
  const from = current.status as ServiceEventState;
  const t = findEventTransition(from, m.to);
  if (!t) throw new AppError('CONFLICT', illegalEventTransitionMessage(from, m.to), { from, to: m.to });
  const reason = m.reason?.trim() || null;
  if (t.reasonRequired && !reason) {
    throw new AppError('VALIDATION_FAILED', `“${t.label}”须填写原因`, [{ field: 'reason', message: '请填写取消原因' }]);
  }
  await db.transaction().execute(async (trx) => {
    const { before, after, auditHead } = await updateVersioned<Selectable<ServiceEventTable>>(trx, {
      table: 'service_event',
      key: 'id',
      id,
      version: m.version,
      set: { status: m.to, status_reason: reason },
      what: '科技服务活动',
      userId: actor.id,
      auditChain: 'region_code',
    });
    if (before.status !== from) throw new AppError('VERSION_CONFLICT', '科技服务活动已被他人修改，请刷新后重试');
    await trx
      .insertInto('service_event_history')
      .values({
        event_id: id,
        region_code: before.region_code,
        from_state: from,
        to_state: m.to,
        reason,
        actor_id: actor.id,
        actor_name: auth.displayName,
      })
      .execute();
    await writeAudit(
      trx,
      actor,
      {
        action: 'service-event.transition',
        objectType: 'service_event',
        objectId: id,
        regionCode: before.region_code,
        before,
        after,
        details: { from, to: m.to, reason },
      },
      { head: auditHead! },
    );
  });
  return (await findServiceEvent(db, id))!;
}
