import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZUpdateReserveRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertStaffKeeps } from './project.policy';
import { findReserve } from './reserve.repository';

/** Staff edit a reserve entry of their region (or drop it) under optimistic locking; a promoted entry is fixed. */
export async function updateReserve(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  { id, version, ...patch }: z.infer<typeof ZUpdateReserveRequest> & { id: number },
): Promise<void> {
  assertStaffKeeps(auth, await findReserve(db, id), '储备项目');
  const set = {
    title: patch.title,
    category: patch.category,
    planned_year: patch.plannedYear,
    summary: patch.summary,
    estimated_amount: patch.estimatedAmount,
    contact: patch.contact,
    status: patch.status,
  };
  await db.transaction().execute(async (trx) => {
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'project_reserve',
      key: 'id',
      id,
      version,
      set,
      what: '储备项目',
      userId: actor.id,
    });
    if (before.status === 'promoted') throw new AppError('CONFLICT', '该储备项目已转为申报书，不能再修改');
    await writeAudit(trx, actor, {
      action: 'project.reserve.update',
      objectType: 'project_reserve',
      objectId: id,
      regionCode: String(after.region_code),
      before,
      after,
    });
  });
}
