import type { Kysely, Selectable } from 'kysely';
import type { TUpdateServiceLogRequest } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { appointmentOf, checkServiceLog, serviceLogColumns } from './service-log-input';
import { assertCanReadLog, assertOwnLog } from './service-log.policy';
import { findServiceLog } from './service-log.repository';
import type { CommissionerServiceLogTable } from './service-log.tables';

/**
 * The commissioner edits their own log while it waits (待确认) or after it was returned (已退回); an edit of a
 * returned log resubmits it (已退回 → 待确认, a history row). A confirmed log is closed. One transaction, audit last.
 */
export async function updateServiceLog(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  req: TUpdateServiceLogRequest,
): Promise<void> {
  const log = await findServiceLog(db, id);
  if (!log) throw notFound('服务日志');
  assertCanReadLog(auth, log);
  assertOwnLog(auth, log);
  if (log.status === 'confirmed') throw new AppError('CONFLICT', '服务日志已确认，不能再修改');
  const c = await appointmentOf(db, auth, log.commissioner_id);
  const { objectName } = await checkServiceLog(db, c, req.log, id);
  const resubmit = log.status === 'returned';
  await db.transaction().execute(async (trx) => {
    const { before, after, auditHead } = await updateVersioned<Selectable<CommissionerServiceLogTable>>(trx, {
      table: 'commissioner_service_log',
      key: 'id',
      id,
      version: req.version,
      set: { ...serviceLogColumns(req.log, objectName), status: 'pending', return_reason: resubmit ? null : undefined },
      what: '服务日志',
      userId: actor.id,
      auditChain: 'region_code',
    });
    if (before.status !== log.status) throw new AppError('VERSION_CONFLICT', '服务日志已被审核，请刷新后重试');
    if (resubmit) {
      await trx
        .insertInto('commissioner_service_log_history')
        .values({
          log_id: id,
          region_code: log.region_code,
          from_state: 'returned',
          to_state: 'pending',
          actor_id: actor.id,
          actor_name: auth.displayName,
        })
        .execute();
    }
    await writeAudit(
      trx,
      actor,
      {
        action: resubmit ? 'commissioner.service-log.resubmit' : 'commissioner.service-log.update',
        objectType: 'commissioner_service_log',
        objectId: id,
        regionCode: log.region_code,
        before,
        after,
      },
      { head: auditHead! },
    );
  });
}
