import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertStaffRegion } from './project.policy';
import { readCall } from './read-call';

/** Staff of its region publish a call so enterprises can see it and apply while it is open. */
export async function publishCall(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  { id, version }: { id: number; version: number },
): Promise<void> {
  assertStaffRegion(auth, (await readCall(db, auth, id)).region_code);
  await db.transaction().execute(async (trx) => {
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'project_call',
      key: 'id',
      id,
      version,
      set: { status: 'published' },
      what: '项目批次',
      userId: actor.id,
    });
    if (before.status === 'published') throw new AppError('CONFLICT', '该批次已发布');
    await writeAudit(trx, actor, {
      action: 'project.call.publish',
      objectType: 'project_call',
      objectId: id,
      regionCode: String(after.region_code),
      before,
      after,
    });
  });
}
