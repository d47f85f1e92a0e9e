import { personalData } from '../../platform/crypto/personal-data';
import type { Kysely } from 'kysely';
import type { TTechDemandInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { enterpriseEventInsert } from '../enterprise/timeline';
import { assertDemandChoices, demandColumns, refuse } from './demand-input';
import { assertEnterpriseInScope, enterpriseToPostFor } from './tech-demand.policy';
import { findDemand, findEnterprise, type DemandRow } from './tech-demand.repository';
import { findCall } from './call.repository';

/**
 * Records a technology demand as a draft (docs/rules.md §5.2): by the enterprise, or staff for it; in the
 * enterprise's county; a history row, the enterprise's timeline event and the audit row, last.
 */
export async function postDemand(db: Kysely<DB>, { auth, actor }: UseCaseContext, input: TTechDemandInput) {
  const enterpriseId = enterpriseToPostFor(auth, input.enterpriseId);
  const id = await db.transaction().execute(async (trx) => {
    const enterprise = await findEnterprise(trx, enterpriseId);
    if (!enterprise) throw refuse('enterpriseId', `企业：编号 ${enterpriseId} 不在企业名录中`);
    assertEnterpriseInScope(auth, enterprise);
    await assertDemandChoices(trx, input);
    if (input.callId) {
      const call = await findCall(trx, input.callId);
      if (!call || call.region_code !== enterprise.region_code) {
        throw refuse('callId', '榜单批次：须为本县的榜单批次');
      }
    }
    const row = await trx
      .insertInto('tech_demand')
      .values({
        ...demandColumns(input),
        call_id: input.callId ?? null,
        region_code: enterprise.region_code,
        enterprise_id: enterprise.id,
        hightech_domain: input.hightechDomain ?? null,
        indicators: input.indicators ?? null,
        expected_outcome: input.expectedOutcome ?? null,
        period_months: input.periodMonths ?? null,
        title: input.title,
        field: input.field,
        problem: input.problem,
        budget: input.budget,
        contact_name: input.contactName,
        contact_phone: personalData().seal(input.contactPhone),
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('tech_demand_history')
      .values({ demand_id: row.id, from_state: null, to_state: 'draft', actor_id: actor.id, actor_name: actor.name })
      .execute();
    const event = enterpriseEventInsert(trx, actor, {
      enterpriseId: enterprise.id,
      regionCode: row.region_code,
      module: 'tech-demand',
      kind: 'demand-draft',
      title: `填报技术需求“${row.title}”`,
      detail: null,
      ref: { type: 'tech_demand', id: row.id },
    });
    await writeAudit(
      trx,
      actor,
      {
        action: 'tech-demand.demand.create',
        objectType: 'tech_demand',
        objectId: row.id,
        regionCode: row.region_code,
        after: row,
      },
      { alongside: [event] },
    );
    return row.id;
  });
  return (await findDemand(db, id)) as DemandRow;
}
