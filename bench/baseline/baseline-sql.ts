/**
 * The SQL the product runs for each benchmarked operation, written out by hand (captured from the
 * product's Kysely queries in apps/server/src/modules/enterprise/enterprise.repository.ts,
 * qualifications.routes.ts, platform/db/versioned-update.ts and modules/auth/sign-in.ts). When the
 * product's query changes, change it here too, or the ratio compares different work.
 */

const TIERS_OF = `coalesce((
  select json_agg(json_build_object('tier', q.tier, 'stage', q.stage, 'year', q.year) order by q.tier)
  from (select distinct on (tier) tier, stage, year from qualification where enterprise_id = e.id order by tier, year desc, id desc) q
), '[]')`;

const WITH_NAMES = `select "e".*, "r"."name" as "region_name", "t"."name" as "township_name", "i"."name" as "industry_name", ${TIERS_OF} as "tiers"
  from "enterprise" as "e"
  left join "region" as "r" on "r"."code" = "e"."region_code"
  left join "region" as "t" on "t"."code" = "e"."township_code"
  left join "industry" as "i" on "i"."code" = "e"."industry_code"`;

export interface ListFilter {
  regionCode?: string;
  industryCode?: string;
  tier?: string;
  keyword?: string;
  sort?: string;
  order?: string;
}

const SORTS: Record<string, string> = { name: '"e"."name_pinyin"', updatedAt: '"e"."updated_at"', foundedOn: '"e"."founded_on"', revenue: '"e"."id"' };

/** (a) The enterprise list: page with names and tiers, and the count, as listEnterprises builds them. */
export function enterpriseListSql(scopePrefix: string, f: ListFilter, page: { current: number; pageSize: number }) {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  where.push(`"e"."region_code" like ${p(`${scopePrefix}%`)}`);
  if (f.regionCode) {
    if (f.regionCode.length === 12) where.push(`"e"."township_code" = ${p(f.regionCode)}`);
    else where.push(`"e"."region_code" like ${p(`${f.regionCode.replace(/(00)+$/, '')}%`)}`);
  }
  if (f.industryCode) where.push(`"e"."industry_code" like ${p(`${f.industryCode}%`)}`);
  if (f.keyword) {
    const kw = f.keyword;
    where.push(`("e"."name" like ${p(`%${kw}%`)} or "e"."name_initials" like ${p(`%${kw.toLowerCase()}%`)} or "e"."name_pinyin" like ${p(`%${kw.toLowerCase()}%`)} or "e"."credit_code" like ${p(`${kw.toUpperCase()}%`)})`);
  }
  if (f.tier) where.push(`exists (select "q"."id" from "qualification" as "q" where "q"."enterprise_id" = "e"."id" and "q"."tier" = ${p(f.tier)})`);
  const whereSql = where.join(' and ');
  const countParams = [...params];
  const dir = f.order === 'ascend' ? 'asc' : 'desc';
  const sortCol = SORTS[f.sort ?? 'updatedAt'] ?? SORTS.updatedAt;
  const pageSql = `${WITH_NAMES} where ${whereSql} order by ${sortCol} ${dir}, "e"."id" ${dir} limit ${p(page.pageSize)} offset ${p((page.current - 1) * page.pageSize)}`;
  return {
    page: { text: pageSql, params },
    count: { text: `select count(*) as "n" from "enterprise" as "e" where ${whereSql}`, params: countParams },
  };
}

/** (c) One enterprise with names and tiers (findEnterprise). */
export const ENTERPRISE_BY_ID = `${WITH_NAMES} where "e"."id" = $1`;

/** (c) The qualification list of one enterprise in scope: page and count (GET /qualifications?enterpriseId=). */
export const QUALIFICATIONS_PAGE = `select "q".*, "e"."name" as "enterprise_name" from "qualification" as "q" inner join "enterprise" as "e" on "e"."id" = "q"."enterprise_id"
  where "q"."region_code" like $1 and "q"."enterprise_id" = $2 order by "q"."year" desc, "q"."id" desc limit $3 offset $4`;
export const QUALIFICATIONS_COUNT = `select count(*) as "n" from "qualification" as "q" inner join "enterprise" as "e" on "e"."id" = "q"."enterprise_id"
  where "q"."region_code" like $1 and "q"."enterprise_id" = $2`;

/** (d) The optimistic-lock update (updateVersioned): lock, compare the version, update, return the row. */
export const ENTERPRISE_LOCK = `select * from "enterprise" where "id" = $1 for update`;
export const ENTERPRISE_UPDATE = `update "enterprise" set "address" = $1, version = version + 1, updated_at = now(), updated_by = $2 where "id" = $3 and version = $4 returning *`;

/** (f) Sign-in: the user, then (after the password check) the counters and a new session. */
export const USER_BY_NAME = `select * from "app_user" where lower("username") = $1`;
export const USER_SIGNED_IN = `update "app_user" set "failed_count" = $1, "locked_until" = $2, "last_login_at" = $3 where "id" = $4`;
export const SESSION_INSERT = `insert into "user_session" ("id", "token_hash", "user_id", "csrf_token", "ip", "user_agent", "expires_at") values ($1, $2, $3, $4, $5, $6, $7)`;
