import type { Kysely } from 'kysely';
import { chinaToday, type TPublishCall } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { callDemandsIn, findCall } from '../call.repository';
import { refuse } from '../demand-input';
import { moveDemandIn } from '../move-demand';
import { assertDemandStaff } from '../tech-demand.policy';

/**
 * Staff publish a call's 入选 demands (docs/rules.md §5.2): each 入选 → 已发榜 with today's date and the 揭榜
 * deadline (the one given, else the call's; it must lie after today, 400), the call → 已发榜. All or nothing.
 */
export async function publishCall(db: Kysely<DB>, { auth, actor }: UseCaseContext, callId: number, o: TPublishCall) {
  const call = await findCall(db, callId);
  if (!call) throw notFound('榜单批次');
  assertDemandStaff(auth, call.region_code);
  if (call.state !== 'reviewing' || !call.ranking_confirmed_at) {
    throw new AppError('CONFLICT', `榜单批次“${call.title}”须先确认论证排名才能发榜`);
  }
  const deadline = o.bidDeadline ?? call.bid_deadline;
  const today = chinaToday();
  if (!deadline || deadline <= today) {
    throw refuse('bidDeadline', `揭榜截止日期须晚于今天（${today}）`);
  }
  await db.transaction().execute(async (trx) => {
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'tech_demand_call',
      key: 'id',
      id: callId,
      version: o.version,
      set: { state: 'published', bid_deadline: deadline },
      what: '榜单批次',
      userId: actor.id,
    });
    const selected = await callDemandsIn(trx, callId, ['selected']);
    if (selected.length === 0) throw new AppError('CONFLICT', `榜单批次“${call.title}”没有入选的需求，无需发榜`);
    for (const d of selected) {
      await moveDemandIn(
        trx,
        actor,
        { ...d, call_id: callId },
        { to: 'published', by: 'staff' },
        { bid_deadline: deadline },
      );
    }
    await writeAudit(trx, actor, {
      action: 'tech-demand.call.publish',
      objectType: 'tech_demand_call',
      objectId: callId,
      regionCode: call.region_code,
      before,
      after,
      details: { demandIds: selected.map((d) => d.id), bidDeadline: deadline },
    });
  });
  return (await findCall(db, callId))!;
}
