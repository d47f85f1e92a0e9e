/**
 * (l) The raw baseline of the dashboard: the same aggregates as the indicator readings — per sibling region (a
 * region-code prefix) the 科小 entered, the 高企 and 省级创新型 held at the date, approved R&D, recognized
 * provincial/national platforms, appointed commissioners, grants from above, achievements registered,
 * cooperation projects started, 揭榜 contracts signed, the GDP and the targets — in one statement of correlated
 * counts over the prefix indexes. $1 prefixes, $2 from, $3 to (the date), $4 the R&D period, $5 the year.
 */
export const DASHBOARD_AGGREGATES = `
  with r(prefix) as (select unnest($1::text[]))
  select r.prefix,
    (select count(*) from qualification q where q.region_code like r.prefix || '%' and q.tier = 'tech_sme'
       and q.certified_on between $2 and $3)::int as tech_sme,
    (select count(*) from qualification q where q.region_code like r.prefix || '%' and q.tier = 'high_tech'
       and q.stage in ('certified', 'expired') and q.certified_on <= $3
       and (q.valid_until is null or q.valid_until >= $3))::int as high_tech,
    (select count(*) from qualification q where q.region_code like r.prefix || '%' and q.tier = 'provincial_innovative'
       and q.stage in ('certified', 'expired') and q.certified_on <= $3
       and (q.valid_until is null or q.valid_until >= $3))::int as provincial_innovative,
    (select round(coalesce(sum(u.internal_total), 0), 2)::text from rd_task_unit u
       where u.region_code like r.prefix || '%' and u.period = $4 and u.status = 'approved') as rd_spending,
    (select count(*) from tech_platform p where p.region_code like r.prefix || '%' and p.status = 'recognized'
       and p.level in ('provincial', 'national'))::int as platforms,
    (select count(*) from commissioner c where c.region_code like r.prefix || '%' and c.appointed_on <= $3)::int
       as commissioners,
    (select round(coalesce(sum(f.amount), 0), 2)::text from funding_record f where f.region_code like r.prefix || '%'
       and f.kind = 'grant' and f.source_level in ('national', 'provincial', 'city') and f.occurred_on between $2 and $3)
       as funds_won,
    (select count(*) from achievement a where a.region_code like r.prefix || '%' and a.status = 'registered'
       and a.registered_on between $2 and $3)::int as achievements,
    (select count(*) from cooperation_project p where p.region_code like r.prefix || '%'
       and p.start_on between $2 and $3)::int as cooperation,
    (select count(*) from tech_demand_contract c where c.region_code like r.prefix || '%'
       and c.signed_on between $2 and $3)::int as bids_signed,
    (select coalesce(sum(v.value), 0)::text from indicator_value v where v.region_code like r.prefix || '%'
       and v.code = 'gdp' and v.period = $4) as gdp,
    (select json_agg(json_build_object('key', t.indicator_key, 'target', t.target)) from indicator_target t
       where t.region_code = rpad(r.prefix, 6, '0') and t.year = $5) as targets
  from r`;
