import type { Kysely } from 'kysely';
import { DEMAND_STATE_LABELS, type DemandState, type TAcceptanceInput } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { enterpriseEventInsert } from '../../enterprise/timeline';
import { recordDemandMove } from '../demand-move';
import { findDemand } from '../tech-demand.repository';
import { refuse } from './bid-input';
import { assertDemandStaff } from './bid.policy';
import { contractOf } from './bid.repository';

/**
 * Staff record the acceptance of a project in 实施中 (docs/rules.md §5.2): date, the experts' conclusion, passed or
 * not; it moves the demand to 验收通过 | 验收未通过 via 'acceptance' (the conclusion is the reason). One audit row.
 */
export async function recordAcceptance(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  demandId: number,
  a: TAcceptanceInput,
) {
  return db.transaction().execute(async (trx) => {
    const d = await findDemand(trx, demandId);
    if (!d) throw notFound('技术需求');
    assertDemandStaff(auth, d.region_code);
    if (d.state !== 'implementing') {
      throw new AppError(
        'CONFLICT',
        `需求当前为“${DEMAND_STATE_LABELS[d.state as DemandState]}”，只有“实施中”的项目可以验收`,
      );
    }
    const contract = await contractOf(trx, d.id);
    if (contract && a.acceptedOn < contract.signed_on) {
      throw refuse('acceptedOn', `验收日期不能早于合同签订日期 ${contract.signed_on}`);
    }
    const row = await trx
      .insertInto('tech_demand_acceptance')
      .values({
        region_code: d.region_code,
        demand_id: d.id,
        accepted_on: a.acceptedOn,
        conclusion: a.conclusion,
        passed: a.passed,
        created_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const to = a.passed ? 'accepted' : 'failed';
    const { auditHead } = await recordDemandMove(trx, {
      demand: { id: d.id, state: d.state, version: a.version },
      to,
      actor,
      by: 'staff',
      via: 'acceptance',
      reason: a.conclusion.slice(0, 500),
    });
    const event = enterpriseEventInsert(trx, actor, {
      enterpriseId: d.enterprise_id,
      regionCode: d.region_code,
      module: 'tech-demand',
      kind: `demand-${to}`,
      title: `揭榜项目“${d.title}”${a.passed ? '验收通过' : '验收未通过'}`,
      detail: a.conclusion,
      ref: { type: 'tech_demand', id: d.id },
    });
    await writeAudit(
      trx,
      actor,
      {
        action: 'tech-demand.acceptance.create',
        objectType: 'tech_demand_acceptance',
        objectId: row.id,
        regionCode: d.region_code,
        after: row,
        details: { demandId: d.id, from: DEMAND_STATE_LABELS.implementing, to: DEMAND_STATE_LABELS[to] },
      },
      { head: auditHead, alongside: [event] },
    );
    return row;
  });
}
