import type { Kysely } from 'kysely';
import {
  DEMAND_STATE_LABELS,
  chinaToday,
  milestoneOverContract,
  type DemandState,
  type TContractInput,
} from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { enterpriseEventInsert } from '../../enterprise/timeline';
import { recordDemandMove } from '../demand-move';
import { findDemand } from '../tech-demand.repository';
import { refuse } from './bid-input';
import { assertDemandStaff } from './bid.policy';
import { bidsOf } from './bid.repository';

/**
 * Staff record the 揭榜 contract after the 公示 of the chosen application (docs/rules.md §5.2): no open objection,
 * signed after the 公示 ends and not in the future, the payments of all milestones within the amount (400 naming the
 * milestone's payment). It moves the demand 揭榜中 → 已揭榜(签约) via 'contract'; one audit row, last.
 */
export async function recordContract(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  demandId: number,
  c: TContractInput,
) {
  return db.transaction().execute(async (trx) => {
    const d = await findDemand(trx, demandId);
    if (!d) throw notFound('技术需求');
    assertDemandStaff(auth, d.region_code);
    if (d.state !== 'bidding') {
      throw new AppError(
        'CONFLICT',
        `需求当前为“${DEMAND_STATE_LABELS[d.state as DemandState]}”，只有“揭榜中”的需求可以签订揭榜合同`,
      );
    }
    const chosen = (await bidsOf(trx, d.id)).find((b) => b.state === 'chosen');
    if (!chosen) throw new AppError('CONFLICT', '尚未选定揭榜团队，不能签订合同');
    if (chosen.objection) {
      throw new AppError('CONFLICT', `公示期内有未处理的异议（${chosen.objection}），处理后方可签订合同`);
    }
    if (c.signedOn <= chosen.publicity_to!) {
      throw refuse('signedOn', `公示期至 ${chosen.publicity_to} 结束，签订日期须在公示结束之后`);
    }
    if (c.signedOn > chinaToday()) throw refuse('signedOn', '签订日期不能晚于今天');
    const over = milestoneOverContract(c.amount, c.milestones);
    if (over) throw refuse(`milestones.${over.index}.payEnterprise`, over.message);

    const contract = await trx
      .insertInto('tech_demand_contract')
      .values({
        region_code: d.region_code,
        demand_id: d.id,
        bid_id: chosen.id,
        enterprise_id: d.enterprise_id,
        partner_id: chosen.partner_id,
        amount: c.amount,
        signed_on: c.signedOn,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('tech_demand_milestone')
      .values(
        c.milestones.map((m, i) => ({
          region_code: d.region_code,
          contract_id: contract.id,
          seq: i + 1,
          title: m.title,
          due_on: m.dueOn,
          pay_enterprise: m.payEnterprise,
          pay_county: m.payCounty,
          pay_other: m.payOther,
          created_by: actor.id,
          updated_by: actor.id,
        })),
      )
      .execute();
    const { auditHead } = await recordDemandMove(trx, {
      demand: { id: d.id, state: d.state, version: c.version },
      to: 'signed',
      actor,
      by: 'staff',
      via: 'contract',
    });
    const event = enterpriseEventInsert(trx, actor, {
      enterpriseId: d.enterprise_id,
      regionCode: d.region_code,
      module: 'tech-demand',
      kind: 'demand-signed',
      title: `技术需求“${d.title}”与${chosen.institution_name}签订揭榜合同`,
      detail: `合同金额 ${c.amount} 元，签订日期 ${c.signedOn}`,
      ref: { type: 'tech_demand', id: d.id },
    });
    await writeAudit(
      trx,
      actor,
      {
        action: 'tech-demand.contract.create',
        objectType: 'tech_demand_contract',
        objectId: contract.id,
        regionCode: d.region_code,
        after: contract,
        details: { demandId: d.id, from: '揭榜中', to: '已揭榜(签约)', milestones: c.milestones },
      },
      { head: auditHead, alongside: [event] },
    );
    return contract;
  });
}
