/**
 * EXPLAIN (ANALYZE, BUFFERS) of the SQL each benchmarked operation runs, on a bench database:
 *   node --import tsx bench/explain-queries.ts [--database-url postgres://postgres@127.0.0.1:5432/kc_bench] [--scope 62]
 * The statements are the baseline's copies of the product's queries (bench/baseline/baseline-sql.ts), with the
 * parameters the load uses. Read-only except (d)/(e), which run inside a transaction that is rolled back.
 */
import pg from 'pg';
import { parseArgs, str } from './lib/args';
import {
  APPLICATION_BY_ID,
  ENTERPRISE_BY_ID,
  enterpriseListSql,
  nextPrefix,
  platformListSql,
  QUALIFICATIONS_COUNT,
  QUALIFICATIONS_PAGE,
  rdSummarySql,
} from './baseline/baseline-sql';

const args = parseArgs(process.argv.slice(2));
const url = str(args, 'database-url') ?? 'postgres://postgres@127.0.0.1:5432/kc_bench';
const scope = str(args, 'scope') ?? '62';
const client = new pg.Client({ connectionString: url });
await client.connect();

async function explain(title: string, text: string, params: unknown[]) {
  const { rows } = await client.query(`explain (analyze, buffers, costs off) ${text}`, params);
  console.log(`\n### ${title}\n\n\`\`\`\n${rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\``);
}

const filters = [
  { regionCode: '620100', industryCode: '3', tier: 'tech_sme' },
  { regionCode: '620100', industryCode: '2', tier: 'tech_sme' },
];
for (const f of filters) {
  const count = enterpriseListSql(scope, { ...f, sort: 'name', order: 'ascend' }, { current: 1, pageSize: 20 }).count;
  const total = Number((await client.query(count.text, count.params)).rows[0].n);
  const page = Math.max(1, Math.ceil((Math.ceil(total / 20) * 3) / 4));
  const sql = enterpriseListSql(scope, { ...f, sort: 'name', order: 'ascend' }, { current: page, pageSize: 20 });
  await explain(`(a) list page ${page} of ${total}: ${JSON.stringify(f)}`, sql.page.text, sql.page.params);
  await explain(`(a) list count: ${JSON.stringify(f)}`, sql.count.text, sql.count.params);
}
const someId = Number(
  (await client.query('select id from enterprise order by id limit 1 offset 4321')).rows[0]?.id ?? 1,
);
await explain('(c) enterprise detail', ENTERPRISE_BY_ID, [someId]);
// The scope as a prefix range (F14): the prefix and the prefix with its last character raised by one.
const scopeRange = [scope, nextPrefix(scope)];
await explain('(c) qualifications page', QUALIFICATIONS_PAGE, [...scopeRange, someId, 20, 0]);
await explain('(c) qualifications count', QUALIFICATIONS_COUNT, [...scopeRange, someId]);
const task = (await client.query(`select id from rd_task order by period, id limit 1`).catch(() => ({ rows: [] })))
  .rows[0];
if (task) {
  await explain('(b) R&D task totals by GROUPING SETS', rdSummarySql(1), [task.id, 'approved']);
}
const app = (
  await client
    .query(`select id from project_application where state in ('draft', 'returned') order by id limit 1`)
    .catch(() => ({ rows: [] }))
).rows[0];
if (app) await explain('(e) application with call and applicant', APPLICATION_BY_ID, [app.id]);
const hasPlatforms = (await client.query(`select to_regclass('tech_platform') as t`)).rows[0].t !== null;
for (const f of hasPlatforms
  ? [
      { kind: 'rd_center', status: 'recognized', sort: 'recognizedOn', order: 'descend' },
      { keyword: '中药材', level: 'city', sort: 'updatedAt', order: 'descend' },
    ]
  : []) {
  const count = platformListSql(scope, f, { current: 1, pageSize: 20 }).count;
  const total = Number((await client.query(count.text, count.params)).rows[0].n);
  const page = Math.max(1, Math.ceil((Math.ceil(total / 20) * 3) / 4));
  const sql = platformListSql(scope, f, { current: page, pageSize: 20 });
  await explain(`(i) platform list page ${page} of ${total}: ${JSON.stringify(f)}`, sql.page.text, sql.page.params);
  await explain(`(i) platform list count: ${JSON.stringify(f)}`, sql.count.text, sql.count.params);
}
await explain(
  '(f) session lookup (every request)',
  `select "s"."id", "u"."id", coalesce((select array_agg(ur.role_code order by ur.role_code) from user_role ur where ur.user_id = u.id), '{}') as "roles" from "user_session" as "s" inner join "app_user" as "u" on "u"."id" = "s"."user_id" where "s"."token_hash" = $1 and "s"."revoked_at" is null`,
  ['0'.repeat(64)],
);
await explain('audit chain head (every audited write)', `select "last_hash" from "audit_head" where "chain" = $1`, [
  'legacy',
]);
await client.end();
