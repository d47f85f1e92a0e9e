/**
 * (i) at the SQL level: the statements of one platform-list request (page, the count when the page does not tell
 * the total, the page's member units), for each of (i)'s four filter sets, one connection, calls in turn, against
 * variants on a province bench database:
 *   current — the product's SQL as it is (the baseline's copy, platformListSql);
 *   scalar  — the keyword's register-name test as a per-row sub-select, `(select e.name from enterprise e where
 *             e.id = p.enterprise_id) like $k`, instead of `exists (… and e.name like $k)`, which PostgreSQL runs as
 *             a hashed sub-plan over every enterprise of the province;
 *   late    — scalar, and the page chooses its 20 rows before the region name, labels and operator name are looked
 *             up (as the enterprise list does since F2), instead of for every row up to the offset;
 *   trgm    — the current SQL with `create index … on enterprise using gin (name gin_trgm_ops)` (pg_trgm),
 *             created for the probe and dropped at the end (the extension too, if the probe created it).
 * Every variant must give the same ids, in order, and the same total.
 *   node --import tsx bench/probes/platform-list-probe.ts [--database-url …] [--calls 40]
 */
import pg from 'pg';
import { num, parseArgs, str } from '../lib/args';
import { platformListSql, platformMembersSql, type PlatformFilter } from '../baseline/baseline-sql';

const args = parseArgs(process.argv.slice(2));
const url = str(args, 'database-url') ?? 'postgres://postgres@127.0.0.1:5432/kc_bench';
const calls = num(args, 'calls', 40);
const client = new pg.Client({ connectionString: url });
await client.connect();

const FILTERS: PlatformFilter[] = [
  { kind: 'rd_center', status: 'recognized', sort: 'recognizedOn', order: 'descend' },
  { status: 'recognized', year: '2018', sort: 'name', order: 'ascend' },
  { keyword: '中药材', level: 'city', sort: 'updatedAt', order: 'descend' },
  { regionCode: '620100', level: 'provincial', sort: 'name', order: 'ascend' },
];
const label = (f: PlatformFilter) =>
  Object.entries(f)
    .filter(([k]) => k !== 'order' && k !== 'sort')
    .map(([k, v]) => `${k}=${v}`)
    .join('&');

const EXISTS =
  /exists \(select "e"\."id" from "enterprise" as "e" where "e"\."id" = "p"\."enterprise_id" and "e"\."name" like (\$\d+)\)/;
const scalar = (text: string) =>
  text.replace(EXISTS, '(select "e"."name" from "enterprise" as "e" where "e"."id" = "p"."enterprise_id") like $1');

/** The page's rows chosen first (same filter, order, limit and offset), names and labels for those rows only. */
function late(text: string): string {
  const from = text.indexOf(' from "tech_platform" as "p" where ');
  const order = text.lastIndexOf(' order by ');
  const limit = text.lastIndexOf(' limit ');
  return `${text.slice(0, from)} from (select "p".*${text.slice(from)}) as "p"${text.slice(order, limit)}`;
}

type Variant = 'current' | 'scalar' | 'late' | 'trgm';
const pageText = (v: Variant, text: string) =>
  v === 'scalar' ? scalar(text) : v === 'late' ? late(scalar(text)) : text;
const countText = (v: Variant, text: string) => (v === 'scalar' || v === 'late' ? scalar(text) : text);

/** One list request as listPage answers it: the page, the count unless the page tells the total, the members. */
async function list(v: Variant, f: PlatformFilter, current: number) {
  const sql = platformListSql('62', f, { current, pageSize: 20 });
  const rows = (await client.query(pageText(v, sql.page.text), sql.page.params)).rows as { id: number }[];
  const total =
    rows.length > 0 && rows.length < 20
      ? (current - 1) * 20 + rows.length
      : Number((await client.query(countText(v, sql.count.text), sql.count.params)).rows[0].n);
  if (rows.length) {
    await client.query(
      platformMembersSql(rows.length),
      rows.map((r) => r.id),
    );
  }
  return { total, ids: rows.map((r) => r.id).join(',') };
}

const pages: number[] = [];
for (const f of FILTERS) {
  const { total } = await list('current', f, 1);
  pages.push(Math.max(1, Math.ceil((Math.ceil(total / 20) * 3) / 4)));
}

async function measure(v: Variant) {
  const cells: string[] = [];
  let sum = 0;
  for (const [k, f] of FILTERS.entries()) {
    const want = await list('current', f, pages[k]);
    const got = await list(v, f, pages[k]);
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      throw new Error(`${v} answers ${label(f)} differently: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`);
    }
    for (let i = 0; i < 3; i++) await list(v, f, pages[k]);
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) await list(v, f, pages[k]);
    const ms = (performance.now() - t0) / calls;
    sum += ms;
    cells.push(`${label(f)} ${ms.toFixed(2)}`);
  }
  console.log(`${v.padEnd(8)} mean ${(sum / FILTERS.length).toFixed(2)} ms per list   (${cells.join('; ')})`);
}

const hadTrgm = (await client.query(`select 1 from pg_extension where extname = 'pg_trgm'`)).rowCount === 1;
try {
  console.log(`pages: ${FILTERS.map((f, k) => `${label(f)} p${pages[k]}`).join('; ')}; ${calls} calls each`);
  for (let round = 0; round < 2; round++) {
    for (const v of ['current', 'scalar', 'late'] as const) await measure(v);
    await client.query('create extension if not exists pg_trgm');
    await client.query(
      'create index if not exists bench_probe_enterprise_name_trgm on enterprise using gin (name gin_trgm_ops)',
    );
    await client.query('analyze enterprise');
    await measure('trgm');
    await client.query('drop index if exists bench_probe_enterprise_name_trgm');
    await client.query('analyze enterprise');
  }
} finally {
  await client.query('drop index if exists bench_probe_enterprise_name_trgm');
  if (!hadTrgm) await client.query('drop extension if exists pg_trgm');
  await client.end();
}
