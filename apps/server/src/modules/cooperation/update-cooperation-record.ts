import type { Kysely, Selectable } from 'kysely';
import type { TCooperationRecordInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCounty, cooperationColumns } from './cooperation-input';
import { assertCanUpdate } from './cooperation.policy';
import { regionNameOf, type CooperationRecordRow } from './cooperation.repository';
import type { CooperationRecordTable } from './cooperation.tables';
import { readCooperationRecord } from './read-cooperation-record';

export interface CooperationRecordChange {
  id: number;
  /** The version the user read (optimistic locking). */
  version: number;
  /** The fields to change; a field not given is left as it is. */
  patch: Partial<TCooperationRecordInput>;
}

/**
 * Changes a record under optimistic locking (a stale version is 409 and writes nothing). The update locks the
 * row, returns it as it was and after, and locks the region's audit chain; access is decided on the row as it
 * was, so a refusal rolls the update back; the audit row with before and after is the transaction's last write.
 */
export async function updateCooperationRecord(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  change: CooperationRecordChange,
): Promise<CooperationRecordRow> {
  const { id, version, patch } = change;
  try {
    return await db.transaction().execute(async (trx) => {
      if (patch.regionCode) await assertCounty(trx, patch.regionCode);
      const { before, after, extra, auditHead } = await updateVersioned<Selectable<CooperationRecordTable>>(trx, {
        table: 'cooperation_record',
        key: 'id',
        id,
        version,
        set: cooperationColumns(patch),
        what: '院地院企合作记录',
        userId: actor.id,
        auditChain: 'region_code',
        select: { as: 'r', columns: [regionNameOf('r')] },
      });
      assertCanUpdate(auth, before, patch.regionCode);
      // Last: the region's audit chain stays locked from the update to COMMIT.
      await writeAudit(
        trx,
        actor,
        {
          action: 'cooperation.update',
          objectType: 'cooperation_record',
          objectId: id,
          regionCode: after.region_code,
          before,
          after,
        },
        { head: auditHead! },
      );
      return { ...after, ...extra } as CooperationRecordRow;
    });
  } catch (e) {
    // A stale version of a row the user may not see is a 404/403 like any other access, not a 409.
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readCooperationRecord(db, auth, id);
    throw e;
  }
}
