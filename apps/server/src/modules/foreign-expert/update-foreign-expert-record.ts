import type { Kysely, Selectable } from 'kysely';
import type { TForeignExpertRecordInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCounty, foreignExpertColumns } from './foreign-expert-input';
import { assertCanUpdate } from './foreign-expert.policy';
import { regionNameOf, type ForeignExpertRecordRow } from './foreign-expert.repository';
import type { ForeignExpertRecordTable } from './foreign-expert.tables';
import { readForeignExpertRecord } from './read-foreign-expert-record';

export interface ForeignExpertRecordChange {
  id: number;
  /** The version the user read (optimistic locking). */
  version: number;
  /** The fields to change; a field not given is left as it is. */
  patch: Partial<TForeignExpertRecordInput>;
}

/**
 * Changes a record under optimistic locking (a stale version is 409 and writes nothing). The update locks the
 * row, returns it as it was and after, and locks the region's audit chain; access is decided on the row as it
 * was, so a refusal rolls the update back; the audit row with before and after is the transaction's last write.
 */
export async function updateForeignExpertRecord(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  change: ForeignExpertRecordChange,
): Promise<ForeignExpertRecordRow> {
  const { id, version, patch } = change;
  try {
    return await db.transaction().execute(async (trx) => {
      if (patch.regionCode) await assertCounty(trx, patch.regionCode);
      const { before, after, extra, auditHead } = await updateVersioned<Selectable<ForeignExpertRecordTable>>(trx, {
        table: 'foreign_expert_record',
        key: 'id',
        id,
        version,
        set: foreignExpertColumns(patch),
        what: '外国专家记录',
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
          action: 'foreign-expert.update',
          objectType: 'foreign_expert_record',
          objectId: id,
          regionCode: after.region_code,
          before,
          after,
        },
        { head: auditHead! },
      );
      return { ...after, ...extra } as ForeignExpertRecordRow;
    });
  } catch (e) {
    // A stale version of a row the user may not see is a 404/403 like any other access, not a 409.
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readForeignExpertRecord(db, auth, id);
    throw e;
  }
}
