import type { Kysely } from 'kysely';
import { checkManagementScore } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { assertEvalStaff } from './evaluation.policy';
import { findEntry } from './evaluation.repository';
import { assertRoundState, schemeOf } from './round-rules';

/** Staff of the county give the bureau's management score (地方管理评价, docs/rules.md §5.4) while under review. */
export async function setManagementScore(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  o: { entryId: number; score: string | number; comment?: string | null; version: number },
) {
  const entry = await findEntry(db, o.entryId);
  if (!entry) throw notFound('评价记录');
  assertEvalStaff(auth, entry.region_code);
  assertRoundState({ title: entry.round_title, state: entry.round_state }, 'reviewing', '评定管理得分');
  const problem = checkManagementScore(schemeOf(entry.definition), o.score);
  if (problem) throw new AppError('VALIDATION_FAILED', problem, [{ field: 'score', message: problem }]);
  await db.transaction().execute(async (trx) => {
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'tech_platform_eval_entry',
      key: 'id',
      id: entry.id,
      version: o.version,
      set: { management_score: String(o.score).trim(), management_comment: o.comment?.trim() || null },
      what: '评价记录',
      userId: auth.userId,
    });
    await writeAudit(trx, actor, {
      action: 'tech-platform.evaluation.manage',
      objectType: 'tech_platform_eval_entry',
      objectId: entry.id,
      regionCode: entry.region_code,
      before,
      after,
    });
  });
}
