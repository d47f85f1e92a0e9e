import type { Kysely, Selectable } from 'kysely';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { assertDemandStaff } from './bid.policy';
import { findBid } from './bid.repository';
import type { TechDemandBidTable } from './bid.tables';

/**
 * Staff record an objection to a result under 公示 (it stops the signing), or resolve it (objection null)
 * (docs/rules.md §5.2). Audited with before and after.
 */
export async function setBidObjection(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  bidId: number,
  req: { objection: string | null; version: number },
) {
  const bid = await findBid(db, bidId);
  if (!bid) throw notFound('揭榜申请');
  assertDemandStaff(auth, bid.region_code);
  if (bid.state !== 'chosen') throw new AppError('CONFLICT', '只有中选的揭榜申请在公示期内可以登记异议');
  return db.transaction().execute(async (trx) => {
    const { before, after, auditHead } = await updateVersioned<Selectable<TechDemandBidTable>>(trx, {
      table: 'tech_demand_bid',
      key: 'id',
      id: bid.id,
      version: req.version,
      set: { objection: req.objection },
      what: '揭榜申请',
      userId: actor.id,
      auditChain: 'region_code',
    });
    await writeAudit(
      trx,
      actor,
      {
        action: req.objection ? 'tech-demand.bid.objection' : 'tech-demand.bid.objection-resolved',
        objectType: 'tech_demand_bid',
        objectId: bid.id,
        regionCode: bid.region_code,
        before,
        after,
      },
      { head: auditHead! },
    );
    return after;
  });
}
