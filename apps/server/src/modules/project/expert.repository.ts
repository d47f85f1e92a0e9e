import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { codeStartsWith } from '../../platform/db/code-prefix';

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

/**
 * Active expert accounts with their profile (null columns when there is none yet) and open reviews:
 * the given ids, or everyone registered in a region prefix.
 */
export function findActiveExperts(db: Kysely<DB>, which: { ids: number[] } | { regionPrefix: string }) {
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
    .select(
      sql<number>`(select count(*)::int from review_assignment r where r.expert_id = u.id and r.status = 'assigned')`.as(
        'active',
      ),
    )
    .where('u.status', '=', 'active');
  q = 'ids' in which ? q.where('u.id', 'in', which.ids) : q.where(codeStartsWith('u.region_code', which.regionPrefix));
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
