import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCategory, callColumns, type CallPatch } from './call-input';
import { findCallDates, hasSubmittedScores } from './call.repository';
import { assertStaffRegion } from './project.policy';
import { readCall } from './read-call';

/** Staff of its region change a call under optimistic locking; review rules are fixed once an expert has scored. */
export async function updateCall(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  { id, version, ...patch }: CallPatch & { id: number; version: number },
): Promise<void> {
  assertStaffRegion(auth, (await readCall(db, auth, id)).region_code);
  await db.transaction().execute(async (trx) => {
    await assertCategory(trx, patch.category);
    const rulesChange =
      patch.criteria !== undefined ||
      patch.outlierRule !== undefined ||
      patch.outlierSd !== undefined ||
      patch.minExperts !== undefined;
    if (rulesChange && (await hasSubmittedScores(trx, id))) {
      throw new AppError('CONFLICT', '已有专家提交评分，不能再修改评审指标、专家人数和异常分规则');
    }
    if (patch.opensAt !== undefined || patch.closesAt !== undefined) {
      const cur = await findCallDates(trx, id);
      const opens = Date.parse(patch.opensAt ?? String(cur?.opens_at.toISOString()));
      const closes = Date.parse(patch.closesAt ?? String(cur?.closes_at.toISOString()));
      if (cur && closes <= opens) {
        throw new AppError('VALIDATION_FAILED', '截止时间须晚于开始时间', [
          { field: 'closesAt', message: '截止时间须晚于开始时间' },
        ]);
      }
    }
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'project_call',
      key: 'id',
      id,
      version,
      set: callColumns(patch),
      what: '项目批次',
      userId: actor.id,
    });
    await writeAudit(trx, actor, {
      action: 'project.call.update',
      objectType: 'project_call',
      objectId: id,
      regionCode: String(after.region_code),
      before,
      after,
    });
  });
}
