import type { Kysely, Selectable } from 'kysely';
import type { TLiaisonRecordInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCounty, liaisonColumns } from './liaison-input';
import { assertCanUpdate } from './liaison.policy';
import { regionNameOf, type LiaisonRecordRow } from './liaison.repository';
import type { LiaisonRecordTable } from './liaison.tables';
import { readLiaisonRecord } from './read-liaison-record';

export interface LiaisonRecordChange {
  id: number;
  /** The version the user read (optimistic locking). */
  version: number;
  /** The fields to change; a field not given is left as it is. */
  patch: Partial<TLiaisonRecordInput>;
}

/**
 * Changes a record under optimistic locking (a stale version is 409 and writes nothing). The update locks the
 * row, returns it as it was and after, and locks the region's audit chain; access is decided on the row as it
 * was, so a refusal rolls the update back; the audit row with before and after is the transaction's last write.
 */
export async function updateLiaisonRecord(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  change: LiaisonRecordChange,
): Promise<LiaisonRecordRow> {
  const { id, version, patch } = change;
  try {
    return await db.transaction().execute(async (trx) => {
      if (patch.regionCode) await assertCounty(trx, patch.regionCode);
      const { before, after, extra, auditHead } = await updateVersioned<Selectable<LiaisonRecordTable>>(trx, {
        table: 'liaison_record',
        key: 'id',
        id,
        version,
        set: liaisonColumns(patch),
        what: '干部包企业记录',
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
          action: 'liaison.update',
          objectType: 'liaison_record',
          objectId: id,
          regionCode: after.region_code,
          before,
          after,
        },
        { head: auditHead! },
      );
      return { ...after, ...extra } as LiaisonRecordRow;
    });
  } catch (e) {
    // A stale version of a row the user may not see is a 404/403 like any other access, not a 409.
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readLiaisonRecord(db, auth, id);
    throw e;
  }
}
