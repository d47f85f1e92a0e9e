import type { Kysely, Selectable } from 'kysely';
import { BID_STATE_LABELS, DEMAND_STATE_LABELS, chinaToday, type BidState, type DemandState } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import { computeWorkingDayPeriod } from '../../../platform/calendar';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { getIntParam } from '../../../platform/params/params.repository';
import { findDemand } from '../tech-demand.repository';
import { actorOnDemand } from './bid.policy';
import { findBid } from './bid.repository';
import type { TechDemandBidTable } from './bid.tables';

export const PUBLICITY_DAYS_PARAM = 'tech-demand.bid_publicity_days';

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The enterprise (its own demand) or staff choose one application of a demand in 揭榜中 (docs/rules.md §5.2): it
 * becomes 中选 with its 公示 of N working days from the next day (sys_param), the others 未中选. Audited.
 */
export async function chooseBid(db: Kysely<DB>, { auth, actor }: UseCaseContext, bidId: number, version: number) {
  const bid = await findBid(db, bidId);
  if (!bid) throw notFound('揭榜申请');
  const d = await findDemand(db, bid.demand_id);
  if (!d) throw notFound('技术需求');
  const by = actorOnDemand(auth, d);
  if (d.state !== 'bidding') {
    throw new AppError(
      'CONFLICT',
      `需求当前为“${DEMAND_STATE_LABELS[d.state as DemandState]}”，只有“揭榜中”的需求可以选定揭榜团队`,
    );
  }
  if (bid.state !== 'submitted') {
    throw new AppError('CONFLICT', `该揭榜申请已为“${BID_STATE_LABELS[bid.state as BidState]}”，不能再选定`);
  }
  const today = chinaToday();
  const days = await getIntParam(db, PUBLICITY_DAYS_PARAM);
  const period = await computeWorkingDayPeriod(db, {
    startDate: nextDay(today),
    workingDays: days,
    field: 'publicityTo',
    what: '公示截止日期',
  });
  return db.transaction().execute(async (trx) => {
    const { before, after, auditHead } = await updateVersioned<Selectable<TechDemandBidTable>>(trx, {
      table: 'tech_demand_bid',
      key: 'id',
      id: bid.id,
      version,
      set: { state: 'chosen', chosen_on: today, publicity_from: period.startDate, publicity_to: period.endDate },
      what: '揭榜申请',
      userId: actor.id,
      auditChain: 'region_code',
    });
    if (before.state !== 'submitted') throw new AppError('VERSION_CONFLICT', '该揭榜申请已被他人处理，请刷新后重试');
    const others = await trx
      .updateTable('tech_demand_bid')
      .set({
        state: 'not_chosen',
        updated_by: actor.id,
        updated_at: new Date(),
        version: (eb) => eb('version', '+', 1),
      })
      .where('demand_id', '=', d.id)
      .where('id', '!=', bid.id)
      .where('state', '=', 'submitted')
      .returning('id')
      .execute();
    await writeAudit(
      trx,
      actor,
      {
        action: 'tech-demand.bid.choose',
        objectType: 'tech_demand_bid',
        objectId: bid.id,
        regionCode: d.region_code,
        before,
        after,
        details: {
          demandId: d.id,
          by,
          notChosen: others.map((o) => o.id),
          publicity: { from: period.startDate, to: period.endDate, workingDays: days, warning: period.warning },
        },
      },
      { head: auditHead! },
    );
    return after;
  });
}
