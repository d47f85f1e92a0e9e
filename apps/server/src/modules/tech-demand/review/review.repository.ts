import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';

/** Demands with their enterprise and call, as assigning experts needs them. */
export function findDemandsForAssignment(db: Kysely<DB>, ids: number[]) {
  return db
    .selectFrom('tech_demand as d')
    .innerJoin('enterprise as e', 'e.id', 'd.enterprise_id')
    .leftJoin('tech_demand_call as c', 'c.id', 'd.call_id')
    .select([
      'd.id',
      'd.title',
      'd.state',
      'd.region_code',
      'd.enterprise_id',
      'd.call_id',
      'e.name',
      'e.credit_code',
      'c.min_experts',
      'c.title as call_title',
    ])
    .where('d.id', 'in', ids)
    .orderBy('d.id')
    .execute();
}

/** Review tasks with the demand they score (no contact person). */
export function reviewTasks(db: Kysely<DB>) {
  return db
    .selectFrom('tech_demand_review as v')
    .innerJoin('tech_demand as d', 'd.id', 'v.demand_id')
    .select([
      'v.id',
      'v.demand_id',
      'v.expert_id',
      'v.scores',
      'v.comment',
      'v.confirmed_at',
      'v.version',
      'v.region_code',
      'd.title as demand_title',
      'd.state as demand_state',
      'd.field',
      'd.problem',
      'd.indicators',
      'd.expected_outcome',
      'd.budget',
      'd.call_id',
    ])
    .select(sql<string | null>`(select name from enterprise where id = d.enterprise_id)`.as('enterprise_name'))
    .select(sql<string | null>`(select title from tech_demand_call where id = d.call_id)`.as('call_title'))
    .select(sql<string | null>`(select display_name from app_user where id = v.expert_id)`.as('expert_name'));
}
export type ReviewTaskRow = Awaited<ReturnType<ReturnType<typeof reviewTasks>['execute']>>[number];

/** One review task. */
export async function findReview(db: Kysely<DB>, id: number) {
  return reviewTasks(db).where('v.id', '=', id).executeTakeFirst();
}

/** The reviews of a call's demands in review (for the ranking). */
export async function callReviews(db: Kysely<DB>, callId: number) {
  return db
    .selectFrom('tech_demand_review as v')
    .innerJoin('tech_demand as d', 'd.id', 'v.demand_id')
    .select(['v.demand_id', 'v.scores', 'v.confirmed_at'])
    .where('d.call_id', '=', callId)
    .where('d.state', '=', 'reviewing')
    .execute();
}

/** An expert's review tasks, newest first. */
export async function reviewsOfExpert(db: Kysely<DB>, expertId: number) {
  return reviewTasks(db).where('v.expert_id', '=', expertId).orderBy('v.id', 'desc').execute();
}
