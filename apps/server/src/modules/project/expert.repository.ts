import { sql, type Kysely } from 'kysely';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import type { DB } from '../../platform/db/schema';

/** Applications with their applicant and call, as assigning experts needs them (also the applicant's industry, for field matching). */
export function findApplicationsForAssignment(db: Kysely<DB>, ids: number[]) {
  return db
    .selectFrom('project_application as a')
    .innerJoin('project_call as c', 'c.id', 'a.call_id')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .leftJoin('industry as i', 'i.code', 'e.industry_code')
    .select([
      'a.id',
      'a.title',
      'a.state',
      'a.region_code',
      'a.enterprise_id',
      'e.name',
      'e.credit_code',
      'i.name as industry_name',
      'c.title as call_title',
      'c.min_experts',
      'c.ranking_confirmed_at',
    ])
    .where('a.id', 'in', ids)
    .orderBy('a.id')
    .execute();
}

/** How many reviews an expert has open. */
const openReviews = (expertId: 'u.id' | 'p.user_id') =>
  sql<number>`(select count(*)::int from review_assignment r where r.expert_id = ${sql.ref(expertId)} and r.status = 'assigned')`;

/**
 * Active expert accounts with their profile (null columns when there is none yet) and open reviews:
 * the given ids, or everyone registered in a scope.
 */
export function findActiveExperts(db: Kysely<DB>, which: { ids: number[] } | { scope: RowScope }) {
  let q = db
    .selectFrom('app_user as u')
    .innerJoin('user_role as ur', (j) => j.onRef('ur.user_id', '=', 'u.id').on('ur.role_code', '=', 'expert'))
    .leftJoin('expert_profile as p', 'p.user_id', 'u.id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.enterprise_id',
      'p.user_id as profile_id',
      'p.name',
      'p.title',
      'p.employer_credit_code',
      'p.employer_name',
      'p.fields',
      'p.conflicts',
    ])
    .select(openReviews('u.id').as('active'))
    .where('u.status', '=', 'active');
  q =
    'ids' in which ? q.where('u.id', 'in', which.ids) : q.where(scopeFilter(which.scope, { region: 'u.region_code' }));
  return q.orderBy('u.id').execute();
}

/** Which experts are already assigned to which of the applications. */
export function findAssignedPairs(db: Kysely<DB>, applicationIds: number[]) {
  return db
    .selectFrom('review_assignment')
    .select(['application_id', 'expert_id'])
    .where('application_id', 'in', applicationIds)
    .execute();
}

/** Expert profiles with their account's username and open reviews: those in a scope, or one expert's. */
export function findExpertProfiles(db: Kysely<DB>, which: { scope: RowScope } | { userId: number }) {
  const q = db
    .selectFrom('expert_profile as p')
    .innerJoin('app_user as u', 'u.id', 'p.user_id')
    .selectAll('p')
    .select(['u.username', openReviews('p.user_id').as('active')]);
  return (
    'scope' in which
      ? q.where(scopeFilter(which.scope, { region: 'p.region_code' }))
      : q.where('p.user_id', '=', which.userId)
  )
    .orderBy('p.name')
    .execute();
}
export type ExpertProfileRow = Awaited<ReturnType<typeof findExpertProfiles>>[number];

/** An account holding the expert role, with its region. */
export function findExpertAccount(db: Kysely<DB>, userId: number) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('user_role as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.region_code'])
    .where('u.id', '=', userId)
    .where('r.role_code', '=', 'expert')
    .executeTakeFirst();
}

/** An expert's profile row as saving it needs: its region and version. */
export function findProfileStamp(db: Kysely<DB>, userId: number) {
  return db
    .selectFrom('expert_profile')
    .select(['region_code', 'version'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}
