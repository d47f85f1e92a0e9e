import type { Kysely, Selectable } from 'kysely';
import {
  SERVICE_LOG_STATE_LABELS,
  chinaToday,
  findServiceLogTransition,
  illegalServiceLogTransitionMessage,
  type ServiceLogState,
  type TReviewServiceLogRequest,
} from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { notifyUser } from '../../../platform/messages/notify';
import { serviceLogEventInserts } from './service-log-events';
import { assertCanReview } from './service-log.policy';
import { findServiceLog } from './service-log.repository';
import type { CommissionerServiceLogTable } from './service-log.tables';

/**
 * Staff of the log's region confirm it (its days count) or return it with a reason (the commissioner edits and
 * resubmits), along the table in packages/domain service-log-transitions.ts. One transaction: the row (optimistic
 * locking), its history row, the commissioner's message, the served enterprise's timeline on confirmation, audit last.
 */
export async function reviewServiceLog(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  req: TReviewServiceLogRequest,
): Promise<void> {
  const log = await findServiceLog(db, id);
  if (!log) throw notFound('服务日志');
  assertCanReview(auth, log.region_code);
  const from = log.status as ServiceLogState;
  const t = findServiceLogTransition(from, req.to);
  if (!t || t.by !== 'staff') {
    throw new AppError('CONFLICT', illegalServiceLogTransitionMessage(from, req.to), { from, to: req.to });
  }
  const reason = req.to === 'returned' ? (req.reason ?? null) : null;
  await db.transaction().execute(async (trx) => {
    const { before, after, auditHead } = await updateVersioned<Selectable<CommissionerServiceLogTable>>(trx, {
      table: 'commissioner_service_log',
      key: 'id',
      id,
      version: req.version,
      set: { status: req.to, return_reason: reason, reviewed_on: chinaToday(), reviewed_by: actor.id },
      what: '服务日志',
      userId: actor.id,
      auditChain: 'region_code',
    });
    if (before.status !== from) throw new AppError('VERSION_CONFLICT', '服务日志已被他人审核，请刷新后重试');
    await trx
      .insertInto('commissioner_service_log_history')
      .values({
        log_id: id,
        region_code: log.region_code,
        from_state: from,
        to_state: req.to,
        reason,
        actor_id: actor.id,
        actor_name: auth.displayName,
      })
      .execute();
    if (log.user_id) {
      await notifyUser(trx, log.user_id, {
        category: 'todo',
        title: `服务日志${SERVICE_LOG_STATE_LABELS[req.to]}：${log.served_on} ${log.object_name}`,
        body: reason
          ? `退回原因：${reason}。请修改后重新提交。`
          : `${log.served_on} 的服务已确认，计 ${Number(log.days)} 天。`,
        link: '/commissioner/my-logs',
      });
    }
    const events =
      req.to === 'confirmed'
        ? serviceLogEventInserts(trx, actor, log, {
            kind: 'service-log-confirmed',
            title: `科技特派员${log.commissioner_name}服务已确认：${log.content}`.slice(0, 200),
            detail: `${log.served_on} ${log.place}`,
          })
        : [];
    await writeAudit(
      trx,
      actor,
      {
        action: 'commissioner.service-log.review',
        objectType: 'commissioner_service_log',
        objectId: id,
        regionCode: log.region_code,
        before,
        after,
        details: { from, to: req.to, reason },
      },
      { head: auditHead!, alongside: events },
    );
  });
}
