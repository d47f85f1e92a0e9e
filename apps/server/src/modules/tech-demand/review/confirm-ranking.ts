import type { Kysely } from 'kysely';
import { chinaToday, selectedByCut, type TConfirmRanking } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { findCall } from '../call.repository';
import { moveDemandIn } from '../move-demand';
import { assertDemandStaff } from '../tech-demand.policy';
import { computeCallRanking } from './ranking';

/**
 * Staff confirm a call's ranking with a cut (top N or a score line), docs/rules.md §5.2: every assigned score must
 * be confirmed (409 naming how many are not); the demands that rank and pass the cut become 入选, the others 落选
 * (via ranking: history rows, audited), with their score and rank; the call keeps the cut. All or nothing.
 */
export async function confirmRanking(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  callId: number,
  o: TConfirmRanking,
) {
  const call = await findCall(db, callId);
  if (!call) throw notFound('榜单批次');
  assertDemandStaff(auth, call.region_code);
  if (call.state !== 'reviewing' || call.ranking_confirmed_at) {
    throw new AppError('CONFLICT', `榜单批次“${call.title}”不在论证中或排名已确认，不能再确认排名`);
  }
  await db.transaction().execute(async (trx) => {
    const { demands, ranked, lines } = await computeCallRanking(trx, call);
    if (demands.length === 0) throw new AppError('CONFLICT', `榜单批次“${call.title}”没有论证中的需求`);
    const open = lines.filter((l) => l.confirmed < l.assigned);
    if (open.length) {
      const names = open.map((l) => `“${l.title}”${l.assigned - l.confirmed} 份`).join('、');
      throw new AppError('CONFLICT', `尚有评分未经专家确认：${names}，不能确认排名`);
    }
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'tech_demand_call',
      key: 'id',
      id: callId,
      version: o.version,
      set: { ranking_confirmed_at: new Date(), ranking_cut: JSON.stringify(o.cut) },
      what: '榜单批次',
      userId: actor.id,
    });
    const today = chinaToday();
    for (const d of demands) {
      const r = ranked.get(d.id)!;
      const selected = selectedByCut(r, o.cut);
      await moveDemandIn(
        trx,
        actor,
        d,
        { to: selected ? 'selected' : 'not_selected', by: 'staff', via: 'ranking', reason: r.explanation },
        {
          review_score: r.score === null ? null : r.score.toFixed(2),
          review_rank: r.rank,
          selected_on: selected ? today : null,
        },
      );
    }
    await writeAudit(trx, actor, {
      action: 'tech-demand.call.ranking',
      objectType: 'tech_demand_call',
      objectId: callId,
      regionCode: call.region_code,
      before,
      after,
      details: { cut: o.cut, lines },
    });
  });
  return (await findCall(db, callId))!;
}
