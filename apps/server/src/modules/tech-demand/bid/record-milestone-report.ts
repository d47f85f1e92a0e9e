import type { Kysely } from 'kysely';
import {
  DEMAND_STATE_LABELS,
  paymentOverMilestone,
  type DemandState,
  type TMilestoneReportInput,
} from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { findDemand } from '../tech-demand.repository';
import { refuse } from './bid-input';
import { assertDemandStaff } from './bid.policy';
import { findMilestone } from './bid.repository';

/**
 * Staff record a milestone's report (docs/rules.md §5.2): what was reached, and a payment by a party against the
 * milestone that may not take its paid total past its plan. The first report marks the milestone reached. Audited.
 */
export async function recordMilestoneReport(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  milestoneId: number,
  r: TMilestoneReportInput,
) {
  return db.transaction().execute(async (trx) => {
    const m = await trx
      .selectFrom('tech_demand_milestone')
      .select('id')
      .where('id', '=', milestoneId)
      .forUpdate()
      .executeTakeFirst();
    if (!m) throw notFound('里程碑');
    const ms = (await findMilestone(trx, milestoneId))!;
    assertDemandStaff(auth, ms.region_code);
    const d = (await findDemand(trx, ms.demand_id))!;
    if (d.state !== 'signed' && d.state !== 'implementing') {
      throw new AppError(
        'CONFLICT',
        `需求当前为“${DEMAND_STATE_LABELS[d.state as DemandState]}”，只有“已揭榜(签约)”或“实施中”的项目可以报告里程碑`,
      );
    }
    const hasPay = typeof r.payAmount === 'string' && !/^0*(\.0*)?$/.test(r.payAmount);
    if (hasPay && !r.payParty) throw refuse('payParty', '请选择付款方');
    if (hasPay) {
      const problem = paymentOverMilestone(
        {
          title: ms.title,
          payEnterprise: ms.pay_enterprise,
          payCounty: ms.pay_county,
          payOther: ms.pay_other,
          paid: ms.paid,
        },
        r.payAmount!,
        r.payParty!,
      );
      if (problem) throw refuse('payAmount', problem);
    }
    const report = await trx
      .insertInto('tech_demand_milestone_report')
      .values({
        region_code: ms.region_code,
        milestone_id: ms.id,
        reported_on: r.reportedOn,
        content: r.content,
        pay_party: hasPay ? r.payParty! : null,
        pay_amount: hasPay ? r.payAmount! : null,
        created_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = await trx
      .updateTable('tech_demand_milestone')
      .set((eb) => ({
        paid: hasPay ? eb('paid', '+', r.payAmount!) : eb.ref('paid'),
        reached_on: eb.fn.coalesce('reached_on', eb.val(r.reportedOn)),
        updated_by: actor.id,
        updated_at: new Date(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', ms.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'tech-demand.milestone.report',
      objectType: 'tech_demand_milestone',
      objectId: ms.id,
      regionCode: ms.region_code,
      before: { paid: ms.paid, reached_on: ms.reached_on },
      after: { paid: after.paid, reached_on: after.reached_on },
      details: { demandId: d.id, reportId: report.id, payParty: report.pay_party, payAmount: report.pay_amount },
    });
    return report;
  });
}
