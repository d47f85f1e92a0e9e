import type { Kysely } from 'kysely';
import type { TServiceLogInput } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import type { UseCaseContext } from '../../../platform/http/types';
import { serviceLogEventInserts } from './service-log-events';
import { appointmentOf, checkServiceLog, serviceLogColumns } from './service-log-input';
import { assertOwnLog } from './service-log.policy';

/**
 * A commissioner records a day (or half day) of service (docs/rules.md §5.1.1): checked against the appointment,
 * then one transaction — the log (待确认), its first history row, the served enterprise's timeline, the audit row
 * last. Answers the new id.
 */
export async function recordServiceLog(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TServiceLogInput,
): Promise<number> {
  assertOwnLog(auth, { user_id: auth.userId });
  const c = await appointmentOf(db, auth, input.commissionerId);
  const { objectName } = await checkServiceLog(db, c, input);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('commissioner_service_log')
      .values({
        ...serviceLogColumns(input, objectName),
        region_code: c.region_code,
        commissioner_id: c.id,
        status: 'pending',
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('commissioner_service_log_history')
      .values({
        log_id: row.id,
        region_code: row.region_code,
        from_state: null,
        to_state: 'pending',
        actor_id: actor.id,
        actor_name: auth.displayName,
      })
      .execute();
    const events = serviceLogEventInserts(trx, actor, row, {
      kind: 'service-log',
      title: `科技特派员${c.name}上门服务：${row.content}`.slice(0, 200),
      detail: `${row.served_on} ${row.place}`,
    });
    await writeAudit(
      trx,
      actor,
      {
        action: 'commissioner.service-log.create',
        objectType: 'commissioner_service_log',
        objectId: row.id,
        regionCode: row.region_code,
        after: row,
      },
      { alongside: events },
    );
    return row.id;
  });
}
