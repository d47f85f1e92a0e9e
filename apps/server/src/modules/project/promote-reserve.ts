import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZPromoteReserveRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findCall } from './call.repository';
import { assertStaffKeeps } from './project.policy';
import { findReserve } from './reserve.repository';
import { startApplication } from './start-application';

/**
 * Staff turn a planned reserve entry of their region into a draft application to an open call of their region, and
 * mark it promoted, in one transaction; returns the application's id.
 */
export async function promoteReserve(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: z.infer<typeof ZPromoteReserveRequest> & { id: number },
): Promise<number> {
  const reserve = await findReserve(db, input.id);
  assertStaffKeeps(auth, reserve, '储备项目');
  const call = await findCall(db, input.callId);
  assertStaffKeeps(auth, call, '项目批次');
  if (reserve.version !== input.version) {
    throw new AppError('VERSION_CONFLICT', '储备项目已被他人修改，请刷新后重试（您的修改未保存）');
  }
  if (reserve.status !== 'planned') {
    throw new AppError(
      'CONFLICT',
      `储备项目“${reserve.title}”${reserve.status === 'promoted' ? '已转为申报书' : '已放弃'}，不能再转申报`,
    );
  }
  const enterprise = { id: reserve.enterprise_id, name: reserve.enterprise_name, region_code: reserve.region_code };
  return db.transaction().execute(async (trx) => {
    const applicationId = await startApplication(trx, actor, {
      call,
      enterprise,
      title: reserve.title,
      data: {},
      requestedAmount: reserve.estimated_amount,
      reserveId: reserve.id,
      onBehalf: true,
    });
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'project_reserve',
      key: 'id',
      id: reserve.id,
      version: reserve.version,
      set: { status: 'promoted', application_id: applicationId },
      what: '储备项目',
      userId: actor.id,
    });
    await writeAudit(trx, actor, {
      action: 'project.reserve.promote',
      objectType: 'project_reserve',
      objectId: reserve.id,
      regionCode: String(after.region_code),
      before,
      after,
      details: { applicationId },
    });
    return applicationId;
  });
}
