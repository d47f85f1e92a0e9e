import type { Kysely, Transaction } from 'kysely';
import { DEMAND_STATE_LABELS, chinaToday, type DemandState, type TBidInput } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { enterpriseEventInsert } from '../../enterprise/timeline';
import { recordDemandMove } from '../demand-move';
import { findDemand, type DemandRow } from '../tech-demand.repository';
import { refuse, sealMember } from './bid-input';
import { assertDemandStaff } from './bid.policy';
import { findPartner } from './bid.repository';

/** The institution: one of the register, or a new one by name (and credit code) that joins the register. */
async function partnerFor(trx: Transaction<DB>, actor: Actor, regionCode: string, b: TBidInput) {
  if (b.partnerId) {
    const p = await findPartner(trx, { id: b.partnerId });
    if (!p) throw refuse('partnerId', '揭榜单位不在合作单位库中');
    return p.id;
  }
  const name = b.institutionName!;
  const existing = await findPartner(trx, { regionCode, name });
  if (existing) return existing.id;
  if (!b.creditCode) throw refuse('creditCode', `“${name}”不在合作单位库中，新揭榜单位须填写统一社会信用代码`);
  const row = await trx
    .insertInto('cooperation_partner')
    .values({
      region_code: regionCode,
      name,
      kind: 'institute',
      remark: `揭榜挂帅揭榜单位，统一社会信用代码 ${b.creditCode}`,
      created_by: actor.id,
      updated_by: actor.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Staff record a team's 揭榜 application on a published demand (docs/rules.md §5.2): within the 揭榜截止日期; the first
 * one moves the demand 已发榜 → 揭榜中 (via 'bid'). One audit row, last.
 */
export async function recordBid(db: Kysely<DB>, { auth, actor }: UseCaseContext, demandId: number, b: TBidInput) {
  return db.transaction().execute(async (trx) => {
    const d = await findDemand(trx, demandId);
    if (!d) throw notFound('技术需求');
    assertDemandStaff(auth, d.region_code);
    if (d.state !== 'published' && d.state !== 'bidding') {
      throw new AppError(
        'CONFLICT',
        `需求当前为“${DEMAND_STATE_LABELS[d.state as DemandState]}”，只有“已发榜”或“揭榜中”的需求可以揭榜`,
      );
    }
    if (b.appliedOn > chinaToday()) throw refuse('appliedOn', '申请日期不能晚于今天');
    if (d.bid_deadline && b.appliedOn > d.bid_deadline) {
      throw refuse('appliedOn', `申请日期 ${b.appliedOn} 已过揭榜截止日期 ${d.bid_deadline}，不能揭榜`);
    }
    const partnerId = await partnerFor(trx, actor, d.region_code, b);
    const bid = await trx
      .insertInto('tech_demand_bid')
      .values({
        region_code: d.region_code,
        demand_id: d.id,
        partner_id: partnerId,
        credit_code: b.creditCode ?? null,
        leader: JSON.stringify(sealMember(b.leader)),
        members: JSON.stringify(b.members.map(sealMember)),
        solution: b.solution,
        budget: b.budget,
        period_months: b.periodMonths,
        applied_on: b.appliedOn,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const audit = {
      action: 'tech-demand.bid.create',
      objectType: 'tech_demand_bid',
      objectId: bid.id,
      regionCode: d.region_code,
      after: { ...bid, leader: undefined, members: undefined },
      details: { demandId: d.id, partnerId, members: b.members.length + 1 },
    };
    if (d.state === 'published') await firstBidMove(trx, actor, d, audit);
    else await writeAudit(trx, actor, audit);
    return bid;
  });
}

/** The first application: 已发榜 → 揭榜中 with its history and timeline event; the audit row names the move. */
async function firstBidMove(trx: Transaction<DB>, actor: Actor, d: DemandRow, audit: Parameters<typeof writeAudit>[2]) {
  const { auditHead } = await recordDemandMove(trx, {
    demand: { id: d.id, state: d.state, version: d.version },
    to: 'bidding',
    actor,
    by: 'staff',
    via: 'bid',
  });
  const event = enterpriseEventInsert(trx, actor, {
    enterpriseId: d.enterprise_id,
    regionCode: d.region_code,
    module: 'tech-demand',
    kind: 'demand-bidding',
    title: `技术需求“${d.title}”收到揭榜申请`,
    ref: { type: 'tech_demand', id: d.id },
  });
  await writeAudit(
    trx,
    actor,
    { ...audit, details: { ...(audit.details as object), from: '已发榜', to: '揭榜中' } },
    { head: auditHead, alongside: [event] },
  );
}
