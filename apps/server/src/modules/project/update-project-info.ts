import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZProjectInfoRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertStaffRegion } from './project.policy';
import { readApplication } from './read-application';

/** Staff of the region record the project side after 推荐上报: number, approved amount, period, report due dates. */
export async function updateProjectInfo(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  { id, ...patch }: z.infer<typeof ZProjectInfoRequest> & { id: number },
): Promise<void> {
  const a = await readApplication(db, auth, id);
  assertStaffRegion(auth, a.region_code);
  if (['draft', 'submitted', 'county_review', 'returned'].includes(a.state)) {
    throw new AppError('CONFLICT', '推荐上报之后才能登记立项信息');
  }
  const set = {
    project_no: patch.projectNo,
    approved_amount: patch.approvedAmount,
    starts_on: patch.startsOn,
    ends_on: patch.endsOn,
    midterm_due_on: patch.midtermDueOn,
  };
  await db.transaction().execute(async (trx) => {
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'project_application',
      key: 'id',
      id,
      version: patch.version,
      set,
      what: '项目信息',
      userId: actor.id,
    });
    await writeAudit(trx, actor, {
      action: 'project.application.project-info',
      objectType: 'project_application',
      objectId: id,
      regionCode: String(after.region_code),
      before,
      after,
    });
  });
}
