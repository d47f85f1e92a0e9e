import type { Kysely, Selectable } from 'kysely';
import type { TCommissionerRecordInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCounty, commissionerColumns } from './commissioner-input';
import { assertCanUpdate } from './commissioner.policy';
import { regionNameOf, type CommissionerRecordRow } from './commissioner.repository';
import type { CommissionerRecordTable } from './commissioner.tables';
import { readCommissionerRecord } from './read-commissioner-record';

export interface CommissionerRecordChange {
  id: number;
  /** The version the user read (optimistic locking). */
  version: number;
  /** The fields to change; a field not given is left as it is. */
  patch: Partial<TCommissionerRecordInput>;
}

/**
 * Changes a record under optimistic locking (a stale version is 409 and writes nothing). The update locks the
 * row, returns it as it was and after, and locks the region's audit chain; access is decided on the row as it
 * was, so a refusal rolls the update back; the audit row with before and after is the transaction's last write.
 */
export async function updateCommissionerRecord(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  change: CommissionerRecordChange,
): Promise<CommissionerRecordRow> {
  const { id, version, patch } = change;
  try {
    return await db.transaction().execute(async (trx) => {
      if (patch.regionCode) await assertCounty(trx, patch.regionCode);
      const { before, after, extra, auditHead } = await updateVersioned<Selectable<CommissionerRecordTable>>(trx, {
        table: 'commissioner_record',
        key: 'id',
        id,
        version,
        set: commissionerColumns(patch),
        what: '科技特派员记录',
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
          action: 'commissioner.update',
          objectType: 'commissioner_record',
          objectId: id,
          regionCode: after.region_code,
          before,
          after,
        },
        { head: auditHead! },
      );
      return { ...after, ...extra } as CommissionerRecordRow;
    });
  } catch (e) {
    // A stale version of a row the user may not see is a 404/403 like any other access, not a 409.
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readCommissionerRecord(db, auth, id);
    throw e;
  }
}
