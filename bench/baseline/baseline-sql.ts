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

// enterpriseDisplayColumns('e'): names by sub-select, tiers as JSON.
const DISPLAY_COLUMNS = `(select name from region where code = "e"."region_code") as "region_name",
  (select name from region where code = "e"."township_code") as "township_name",
  (select name from industry where code = "e"."industry_code") as "industry_name", ${TIERS_OF} as "tiers"`;

const WITH_NAMES = `select "e".*, ${DISPLAY_COLUMNS} from "enterprise" as "e"`;

export interface ListFilter {
  regionCode?: string;
  industryCode?: string;
  tier?: string;
  keyword?: string;
  sort?: string;
  order?: string;
}

/** A code prefix as the product writes it (codeStartsWith): a byte range in the text_pattern_ops operators. */
export const nextPrefix = (prefix: string) =>
  prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

const SORTS: Record<string, string> = {
  name: '"e"."name_pinyin"',
  updatedAt: '"e"."updated_at"',
  foundedOn: '"e"."founded_on"',
  revenue: '"e"."id"',
};

/** (a) The enterprise list: page with names and tiers, and the count, as listEnterprises builds them. */
export function enterpriseListSql(scopePrefix: string, f: ListFilter, page: { current: number; pageSize: number }) {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const startsWith = (column: string, prefix: string) =>
    `(${column} ~>=~ ${p(prefix)} and ${column} ~<~ ${p(nextPrefix(prefix))})`;
  where.push(startsWith('"e"."region_code"', scopePrefix));
  if (f.regionCode) {
    if (f.regionCode.length === 12) where.push(`"e"."township_code" = ${p(f.regionCode)}`);
    else where.push(startsWith('"e"."region_code"', f.regionCode.replace(/(00)+$/, '')));
  }
  if (f.industryCode) where.push(startsWith('"e"."industry_code"', f.industryCode));
  if (f.keyword) {
    const kw = f.keyword;
    where.push(
      `("e"."name" like ${p(`%${kw}%`)} or "e"."name_initials" like ${p(`%${kw.toLowerCase()}%`)} or "e"."name_pinyin" like ${p(`%${kw.toLowerCase()}%`)} or "e"."credit_code" like ${p(`${kw.toUpperCase()}%`)})`,
    );
  }
  // Inlined, as the product does, so the tier's partial index serves the generic plan (tiers are a closed set).
  if (f.tier) where.push(`"e"."qualification_tiers" @> array['${f.tier.replace(/'/g, "''")}']::text[]`);
  const whereSql = where.join(' and ');
  const countParams = [...params];
  const dir = f.order === 'ascend' ? 'asc' : 'desc';
  const sortCol = SORTS[f.sort ?? 'updatedAt'] ?? SORTS.updatedAt;
  // The page's ids with the total beside each, then names and tiers for those rows only (as listEnterprises).
  const pageIds = `select "e"."id", count(*) over () as "total" from "enterprise" as "e" where ${whereSql} order by ${sortCol} ${dir}, "e"."id" ${dir} limit ${p(page.pageSize)} offset ${p((page.current - 1) * page.pageSize)}`;
  const pageSql = `with "page" as (${pageIds}) select "e".*, ${DISPLAY_COLUMNS}, "page"."total" from "page" inner join "enterprise" as "e" on "e"."id" = "page"."id" order by ${sortCol} ${dir}, "e"."id" ${dir}`;
  return {
    page: { text: pageSql, params },
    // Only for a page past the end, which has no row to carry the total.
    count: { text: `select count(*) as "n" from "enterprise" as "e" where ${whereSql}`, params: countParams },
  };
}

/** (c) One enterprise with names and tiers (findEnterprise). */
export const ENTERPRISE_BY_ID = `${WITH_NAMES} where "e"."id" = $1`;

/** (c) The qualification list of one enterprise in scope: page and count (GET /qualifications?enterpriseId=). */
export const QUALIFICATIONS_PAGE = `select "q".*, "e"."name" as "enterprise_name" from "qualification" as "q" inner join "enterprise" as "e" on "e"."id" = "q"."enterprise_id"
  where ("q"."region_code" ~>=~ $1 and "q"."region_code" ~<~ $2) and "q"."enterprise_id" = $3 order by "q"."year" desc, "q"."id" desc limit $4 offset $5`;
export const QUALIFICATIONS_COUNT = `select count(*) as "n" from "qualification" as "q" inner join "enterprise" as "e" on "e"."id" = "q"."enterprise_id"
  where ("q"."region_code" ~>=~ $1 and "q"."region_code" ~<~ $2) and "q"."enterprise_id" = $3`;

/** (d) The optimistic-lock update (updateVersioned): lock, compare the version, update, return the row. */
export const ENTERPRISE_LOCK = `select * from "enterprise" where "id" = $1 for update`;
export const ENTERPRISE_UPDATE = `update "enterprise" set "address" = $1, version = version + 1, updated_at = now(), updated_by = $2 where "id" = $3 and version = $4 returning *`;

/** (f) Sign-in: the user, then (after the password check) the counters and a new session. */
export const USER_BY_NAME = `select * from "app_user" where lower("username") = $1`;
export const USER_SIGNED_IN = `update "app_user" set "failed_count" = $1, "locked_until" = $2, "last_login_at" = $3 where "id" = $4`;
export const SESSION_INSERT = `insert into "user_session" ("id", "token_hash", "user_id", "csrf_token", "ip", "user_agent", "expires_at") values ($1, $2, $3, $4, $5, $6, $7)`;

/** (b) One R&D task with its region name (findTask). */
export const RD_TASK_BY_ID = `select "t".*, "r"."name" as "region_name" from "rd_task" as "t" left join "region" as "r" on "r"."code" = "t"."region_code" where "t"."id" = $1`;

const RD_SUMS = `count(*)::int as "units", coalesce(sum(u.rd_staff), 0)::bigint as "rd_staff", round(coalesce(sum(u.internal_total), 0), 2) as "internal_total", round(coalesce(sum(u.funds_government), 0), 2) as "funds_government", round(coalesce(sum(u.external_spend), 0), 2) as "external", round(coalesce(sum(u.deduction_claimed), 0), 2) as "deduction_claimed"`;
const RD_KEYS = {
  township: 'u.township_code',
  industry: 'left(u.industry_code, 2)',
  tier: `case when u.is_high_tech then 'high_tech' when u.is_tech_sme then 'tech_sme' else 'other' end`,
  performer: 'u.performer',
} as const;

/** (b) A task's totals overall and by every dimension in one GROUPING SETS statement, names by sub-select, as one JSON array (taskSummaryRows). */
export function rdSummarySql(statusCount: number): string {
  const statuses = Array.from({ length: statusCount }, (_, i) => `$${i + 2}`).join(', ');
  const { township, industry, tier, performer } = RD_KEYS;
  return `with g as (
    select
      case when grouping(${township}) = 0 then 'township' when grouping(${industry}) = 0 then 'industry'
           when grouping(${tier}) = 0 then 'tier' when grouping(${performer}) = 0 then 'performer' else 'total' end as dimension,
      case when grouping(${township}) = 0 then ${township} when grouping(${industry}) = 0 then ${industry}
           when grouping(${tier}) = 0 then ${tier} when grouping(${performer}) = 0 then ${performer} end as key,
      ${RD_SUMS}
    from rd_task_unit u
    where u.task_id = $1 and u.status in (${statuses})
    group by grouping sets ((), (${township}), (${industry}), (${tier}), (${performer}))
  )
  select coalesce(json_agg(s order by s.dimension, s.key), '[]') as groups
  from (
    select g.dimension, g.key, g.units, g.rd_staff, g.internal_total::text as internal_total, g.funds_government::text as funds_government,
           g.external::text as external, g.deduction_claimed::text as deduction_claimed,
           case g.dimension when 'township' then (select r.name from region r where r.code = g.key)
                            when 'industry' then (select i.name from industry i where i.code = g.key) end as name
    from g
  ) s`;
}
export const GDP_OF = `select * from "indicator_value" where "code" = $1 and "region_code" = $2 and "period" = $3`;

/** (e) One application with its call and applicant (findApplication), and its filled attachment slots. */
export const APPLICATION_BY_ID = `select "a".*, "c"."title" as "call_title", "c"."category", "c"."level", "c"."year", "c"."opens_at", "c"."closes_at", "c"."status" as "call_status", "c"."form", "e"."name" as "enterprise_name", "e"."unit_kind", "e"."credit_code", (select d.label from dict_item d where d.type_code = 'project_category' and d.value = c.category) as "category_label" from "project_application" as "a" inner join "project_call" as "c" on "c"."id" = "a"."call_id" inner join "enterprise" as "e" on "e"."id" = "a"."enterprise_id" where "a"."id" = $1`;
export const APPLICATION_SLOTS = `select distinct "slot" from "project_file" where "owner_type" = $1 and "owner_id" = $2`;
/** (e) The transition itself (transitionApplication): lock, versioned update, the transition row and the timeline entry. */
export const APPLICATION_LOCK = `select * from "project_application" where "id" = $1 for update`;
export const APPLICATION_SUBMIT = `update "project_application" set "state" = $1, "submitted_at" = $2, version = version + 1, updated_at = now(), updated_by = $3 where "id" = $4 and version = $5 returning *`;
export const TRANSITION_INSERT = `insert into "project_transition" ("region_code", "application_id", "from_state", "to_state", "at", "actor_id", "actor_name", "on_behalf", "comment", "visibility") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;
export const EVENT_INSERT = `insert into "enterprise_event" ("enterprise_id", "region_code", "at", "module", "kind", "title", "detail", "actor_id", "actor_name", "ref_type", "ref_id") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;

export interface PlatformFilter {
  keyword?: string;
  kind?: string;
  level?: string;
  status?: string;
  regionCode?: string;
  year?: string;
  ids?: string;
  sort?: string;
  order?: string;
}

const PLATFORM_SORTS: Record<string, string> = {
  recognizedOn: '"p"."recognized_on"',
  name: '"p"."name"',
  updatedAt: '"p"."updated_at"',
};

/**
 * (i) The innovation-platform list as listTechPlatforms and listPage build it (modules/tech-platform/
 * tech-platform.repository.ts, platform/db/paging.ts): the page with region, dictionary labels and the operator's
 * register name by sub-select; the count only when the page does not tell the total; then the page's member units.
 */
export function platformListSql(scopePrefix: string, f: PlatformFilter, page: { current: number; pageSize: number }) {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const startsWith = (column: string, prefix: string) =>
    `(${column} ~>=~ ${p(prefix)} and ${column} ~<~ ${p(nextPrefix(prefix))})`;
  const select = `select "p".*, (select name from region where code = "p"."region_code") as "region_name", (select d.label from dict_item d where d.type_code = ${p('tech_platform_kind')} and d.value = "p"."kind") as "kind_label", (select d.label from dict_item d where d.type_code = ${p('tech_platform_level')} and d.value = "p"."level") as "level_label", (select name from enterprise e where e.id = "p"."enterprise_id") as "enterprise_name"`;
  const labelParams = params.length;
  const where: string[] = [startsWith('"p"."region_code"', scopePrefix)];
  if (f.keyword) {
    const like = `%${f.keyword}%`;
    where.push(
      `("p"."name" like ${p(like)} or "p"."operator_name" like ${p(like)} or (select e.name from enterprise e where e.id = p.enterprise_id) like ${p(like)})`,
    );
  }
  if (f.kind) where.push(`"p"."kind" = ${p(f.kind)}`);
  if (f.level) where.push(`"p"."level" = ${p(f.level)}`);
  if (f.status) where.push(`"p"."status" = ${p(f.status)}`);
  if (f.regionCode) where.push(startsWith('"p"."region_code"', f.regionCode.replace(/(00)+$/, '')));
  if (f.year) {
    where.push(`"p"."recognized_on" >= ${p(`${f.year}-01-01`)} and "p"."recognized_on" <= ${p(`${f.year}-12-31`)}`);
  }
  if (f.ids) {
    where.push(
      `"p"."id" in (${f.ids
        .split(',')
        .map((id) => p(Number(id)))
        .join(', ')})`,
    );
  }
  const whereSql = where.join(' and ');
  const sortCol = (f.sort && PLATFORM_SORTS[f.sort]) || '"p"."updated_at"';
  const dir = f.sort && PLATFORM_SORTS[f.sort] ? (f.order === 'descend' ? 'desc' : 'asc') : 'desc';
  const filterParams = params.slice(labelParams);
  const pageSql = `${select} from "tech_platform" as "p" where ${whereSql} order by ${sortCol} ${dir}, "p"."id" ${dir} limit ${p(page.pageSize)} offset ${p((page.current - 1) * page.pageSize)}`;
  // The count statement numbers its parameters from $1: the same filter, without the label parameters.
  const countWhere = whereSql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) - labelParams}`);
  return {
    page: { text: pageSql, params },
    count: { text: `select count(*) as "n" from "tech_platform" as "p" where ${countWhere}`, params: filterParams },
  };
}

/** (i) The member units of the page's platforms (membersOf). */
export const platformMembersSql = (n: number) =>
  `select "id", "platform_id", "enterprise_id", "name" from "tech_platform_member" where "platform_id" in (${Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ')}) order by "id"`;

/**
 * (j) A commissioner's day counter for a year, as serviceDayCounters builds it for the commissioner's own scope
 * (modules/commissioner/service-log/service-day-counters.ts): their appointments with the level's minimum and the
 * confirmed and pending days of the year, summed per commissioner (lateral). $1 user id, $2 first day, $3 last day.
 */
export const COMMISSIONER_COUNTER = `select "c"."id", "c"."name", "c"."region_code", "c"."level", "c"."user_id", "c"."term_start", "c"."term_end", "r"."min_service_days", "d"."confirmed", "d"."pending" from "commissioner" as "c" inner join "commissioner_level_rule" as "r" on "r"."level" = "c"."level" left join lateral (select coalesce(sum(l.days) filter (where l.status = 'confirmed'), 0) as "confirmed", coalesce(sum(l.days) filter (where l.status = 'pending'), 0) as "pending" from "commissioner_service_log" as "l" where "l"."commissioner_id" = "c"."id" and "l"."served_on" >= $2 and "l"."served_on" <= $3) as "d" on true where (c.user_id = $1) and "c"."term_start" <= $3 and "c"."term_end" >= $2 order by "c"."name", "c"."id"`;

/**
 * (j) One page of a commissioner's own logs of a year, newest first, as listServiceLogs builds it (service-log.
 * repository.ts): the log, the commissioner's name and account, the enterprise's name and the photo count.
 * $1 user id, $2 first day, $3 last day, $4 limit, $5 offset.
 */
export const COMMISSIONER_LOG_PAGE = `select "l".*, "c"."name" as "commissioner_name", "c"."user_id", "e"."name" as "enterprise_name", (select count(*)::int from attachment a where a.owner_type = 'commissioner.service-log' and a.owner_id = l.id) as "photos" from "commissioner_service_log" as "l" inner join "commissioner" as "c" on "c"."id" = "l"."commissioner_id" left join "enterprise" as "e" on "e"."id" = "l"."enterprise_id" where (c.user_id = $1) and "l"."served_on" >= $2 and "l"."served_on" <= $3 order by "l"."served_on" desc, "l"."id" desc limit $4 offset $5`;
export const COMMISSIONER_LOG_COUNT = `select count(*) as "n" from "commissioner_service_log" as "l" inner join "commissioner" as "c" on "c"."id" = "l"."commissioner_id" left join "enterprise" as "e" on "e"."id" = "l"."enterprise_id" where (c.user_id = $1) and "l"."served_on" >= $2 and "l"."served_on" <= $3`;

/**
 * (k) A cadre's coverage of a quarter (liaisonCoverage with mine=true): the cadre's enterprises assigned in the
 * quarter (each once), whether each had a visit in it, its open and overdue issues, summed per cadre and per
 * township, within the cadre's region as the product's row scope keeps it (the cadres are county staff, whose
 * scope is their county's code). $1 user id, $2 first day, $3 last day, $4 today (Beijing).
 */
export const LIAISON_COVERAGE = `with a as (
  select distinct on (a.enterprise_id) a.enterprise_id, a.cadre_id, u.display_name, e.township_code
    from liaison_assignment a join enterprise e on e.id = a.enterprise_id join app_user u on u.id = a.cadre_id
   where a.cadre_id = $1 and a.start_on <= $3 and a.end_on >= $2
     and a.region_code like u.region_code || '%'
   order by a.enterprise_id, a.id
), f as (
  select a.*,
         exists (select 1 from liaison_visit v where v.enterprise_id = a.enterprise_id and v.visited_on between $2 and $3) as visited,
         (select count(*) from liaison_issue i where i.enterprise_id = a.enterprise_id and i.status in ('pending', 'handling'))::int as open_issues,
         (select count(*) from liaison_issue i where i.enterprise_id = a.enterprise_id and i.status in ('pending', 'handling') and i.due_on < $4)::int as overdue_issues
    from a
)
select 'cadre' as grp, cadre_id::text as key, display_name as name, count(*)::int as assigned,
       (count(*) filter (where visited))::int as visited, sum(open_issues)::int as open_issues, sum(overdue_issues)::int as overdue_issues
  from f group by cadre_id, display_name
union all
select 'township', township_code, coalesce((select name from region where code = township_code), '未填乡镇'), count(*)::int,
       (count(*) filter (where visited))::int, sum(open_issues)::int, sum(overdue_issues)::int
  from f group by township_code`;
