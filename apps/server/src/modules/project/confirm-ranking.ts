import { sql, type Kysely } from 'kysely';
import { chinaToday } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findCall } from './call.repository';
import { computeRanking, type Ranking } from './compute-ranking';
import { assertCanSeeRanking } from './project.policy';

/**
 * A leader of the call's region confirms its ranking once every application's review is complete: the ranking is
 * stored as confirmed (who, when) and the scores freeze. Returns the confirmed ranking.
 */
export async function confirmRanking(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  callId: number,
): Promise<Ranking> {
  const c = await findCall(db, callId);
  if (!c) throw notFound('项目批次');
  assertCanSeeRanking(auth, c);
  if (c.ranking_confirmed_at) {
    throw new AppError('CONFLICT', `批次“${c.title}”的评审排名已于 ${chinaToday(c.ranking_confirmed_at)} 确认`);
  }
  const ranking = await computeRanking(db, c);
  if (ranking.items.length === 0) throw new AppError('CONFLICT', `批次“${c.title}”尚无专家评审结果，不能确认`);
  const pending = ranking.items.filter((i) => !i.complete);
  if (pending.length) {
    throw new AppError(
      'CONFLICT',
      `以下申报书评审未完成，不能确认：${pending.map((i) => `“${i.title}”`).join('、')}`,
      pending.map((i) => ({ applicationId: i.applicationId, message: i.note })),
    );
  }
  const at = new Date();
  const snapshot: Ranking = { ...ranking, confirmed: { by: auth.displayName, at: at.toISOString() } };
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('project_call')
      .set({
        ranking_confirmed_at: at,
        ranking_confirmed_by: auth.userId,
        ranking_snapshot: JSON.stringify(snapshot),
        version: sql`version + 1`,
        updated_at: at,
        updated_by: auth.userId,
      })
      .where('id', '=', c.id)
      .where('ranking_confirmed_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw new AppError('CONFLICT', '评审排名已被他人确认');
    await writeAudit(trx, actor, {
      action: 'project.ranking.confirm',
      objectType: 'project_call',
      objectId: c.id,
      regionCode: c.region_code,
      after: snapshot,
    });
  });
  return snapshot;
}
