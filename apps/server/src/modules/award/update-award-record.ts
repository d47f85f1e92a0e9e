import type { Kysely, Selectable } from 'kysely';
import type { TAwardRecordInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCounty, awardColumns } from './award-input';
import { assertCanUpdate } from './award.policy';
import { regionNameOf, type AwardRecordRow } from './award.repository';
import type { AwardRecordTable } from './award.tables';
import { readAwardRecord } from './read-award-record';

export interface AwardRecordChange {
  id: number;
  /** The version the user read (optimistic locking). */
  version: number;
  /** The fields to change; a field not given is left as it is. */
  patch: Partial<TAwardRecordInput>;
}

/**
 * Changes a record under optimistic locking (a stale version is 409 and writes nothing). The update locks the
 * row, returns it as it was and after, and locks the region's audit chain; access is decided on the row as it
 * was, so a refusal rolls the update back; the audit row with before and after is the transaction's last write.
 */
export async function updateAwardRecord(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  change: AwardRecordChange,
): Promise<AwardRecordRow> {
  const { id, version, patch } = change;
  try {
    return await db.transaction().execute(async (trx) => {
      if (patch.regionCode) await assertCounty(trx, patch.regionCode);
      const { before, after, extra, auditHead } = await updateVersioned<Selectable<AwardRecordTable>>(trx, {
        table: 'award_record',
        key: 'id',
        id,
        version,
        set: awardColumns(patch),
        what: '奖励与赛事记录',
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
          action: 'award.update',
          objectType: 'award_record',
          objectId: id,
          regionCode: after.region_code,
          before,
          after,
        },
        { head: auditHead! },
      );
      return { ...after, ...extra } as AwardRecordRow;
    });
  } catch (e) {
    // A stale version of a row the user may not see is a 404/403 like any other access, not a 409.
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readAwardRecord(db, auth, id);
    throw e;
  }
}
