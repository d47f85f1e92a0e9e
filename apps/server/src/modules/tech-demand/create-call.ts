import type { Kysely } from 'kysely';
import type { TTechDemandCallInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { getIntParam } from '../../platform/params/params.repository';
import { refuse } from './demand-input';
import { findCall, type CallRow } from './call.repository';
import { assertDemandStaff } from './tech-demand.policy';
import { isCounty } from './county';

/** The bureau's default weights of the four dimensions (docs/rules.md §5.2), `sys_param` rows. */
export async function defaultReviewWeights(db: Kysely<DB>) {
  return {
    industry: await getIntParam(db, 'tech-demand.weight_industry'),
    foundation: await getIntParam(db, 'tech-demand.weight_foundation'),
    indicators: await getIntParam(db, 'tech-demand.weight_indicators'),
    finance: await getIntParam(db, 'tech-demand.weight_finance'),
  };
}

/**
 * Staff open a call (榜单批次) in their county: it collects demands in its window (docs/rules.md §5.2); the expert
 * minimum and the weights default from the bureau's parameters.
 */
export async function createCall(db: Kysely<DB>, { auth, actor }: UseCaseContext, input: TTechDemandCallInput) {
  assertDemandStaff(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    if (!(await isCounty(trx, input.regionCode))) {
      throw refuse('regionCode', `所属县区：${input.regionCode} 不是现行的县级区划代码`);
    }
    const weights = input.reviewWeights ?? (await defaultReviewWeights(trx));
    const row = await trx
      .insertInto('tech_demand_call')
      .values({
        region_code: input.regionCode,
        year: input.year,
        title: input.title,
        collect_from: input.collectFrom,
        collect_to: input.collectTo,
        bid_deadline: input.bidDeadline ?? null,
        min_experts: input.minExperts ?? (await getIntParam(trx, 'tech-demand.min_experts')),
        review_weights: JSON.stringify(weights),
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'tech-demand.call.create',
      objectType: 'tech_demand_call',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
    });
    return row.id;
  });
  return (await findCall(db, id)) as CallRow;
}
