/**
 * (a) at the SQL level: the product's list query (page + count, run together as listEnterprises does) against
 * variants, 16 connections for 10 s each, on the province bench database:
 *   current  — the product's SQL as it is;
 *   late     — the page picks the 20 ids first and computes names and tiers for those 20 only;
 *   index    — the current SQL with an index that serves an industry *prefix* with a region prefix:
 *              (industry_code text_pattern_ops, region_code text_pattern_ops);
 *   both     — late + index.
 * The index is created for the probe and dropped at the end.
 *   node --import tsx bench/probes/list-probe.ts [--database-url …] [--seconds 10]
 */
import pg from 'pg';
import { num, parseArgs, str } from '../lib/args';
import { enterpriseListSql } from '../baseline/baseline-sql';

const args = parseArgs(process.argv.slice(2));
const url = str(args, 'database-url') ?? 'postgres://postgres@127.0.0.1:5432/kc_bench';
const seconds = num(args, 'seconds', 10);
const connections = num(args, 'connections', 16);
const pool = new pg.Pool({ connectionString: url, max: connections });
const FILTERS = [
  { regionCode: '620100', industryCode: '3', tier: 'tech_sme' },
  { regionCode: '620100', industryCode: '2', tier: 'tech_sme' },
  { regionCode: '621100', industryCode: '3', tier: 'tech_sme' },
  { regionCode: '620500', industryCode: '3', tier: 'high_tech' },
];
const pages: number[] = [];
for (const f of FILTERS) {
  const c = enterpriseListSql('62', { ...f, sort: 'name', order: 'ascend' }, { current: 1, pageSize: 20 }).count;
  const total = Number((await pool.query(c.text, c.params)).rows[0].n);
  pages.push(Math.max(1, Math.ceil((Math.ceil(total / 20) * 3) / 4)));
}

/** The page with names and tiers computed after LIMIT/OFFSET (same rows, same order). */
function latePage(text: string): string {
  const select = text.indexOf(' from "enterprise" as "e"');
  const where = text.indexOf(' where ', select);
  const head = text.slice(0, select);
  const rest = text.slice(where);
  return `${head} from (select "e".* from "enterprise" as "e"${rest}) as "e"
    left join "region" as "r" on "r"."code" = "e"."region_code" left join "region" as "t" on "t"."code" = "e"."township_code" left join "industry" as "i" on "i"."code" = "e"."industry_code"
    order by "e"."name_pinyin" asc, "e"."id" asc`;
}

async function run(label: string, late: boolean) {
  let ops = 0;
  const lat: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  const worker = async (w: number) => {
    for (let i = w; Date.now() < deadline; i += connections) {
      const k = i % FILTERS.length;
      const sql = enterpriseListSql(
        '62',
        { ...FILTERS[k], sort: 'name', order: 'ascend' },
        { current: pages[k], pageSize: 20 },
      );
      const t0 = performance.now();
      await Promise.all([
        pool.query(late ? latePage(sql.page.text) : sql.page.text, sql.page.params),
        pool.query(sql.count.text, sql.count.params),
      ]);
      lat.push(performance.now() - t0);
      ops++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: connections }, (_, w) => worker(w)));
  lat.sort((a, b) => a - b);
  const q = (p: number) => Math.round(lat[Math.floor(lat.length * p)] * 10) / 10;
  console.log(
    `${label.padEnd(8)} ${(ops / ((performance.now() - t0) / 1000)).toFixed(1).padStart(7)} lists/s   p50 ${q(0.5)} ms   p99 ${q(0.99)} ms`,
  );
}

// Same rows either way.
{
  const sql = enterpriseListSql(
    '62',
    { ...FILTERS[0], sort: 'name', order: 'ascend' },
    { current: pages[0], pageSize: 20 },
  );
  const a = (await pool.query(sql.page.text, sql.page.params)).rows.map((r) => `${r.id}:${JSON.stringify(r.tiers)}`);
  const b = (await pool.query(latePage(sql.page.text), sql.page.params)).rows.map(
    (r) => `${r.id}:${JSON.stringify(r.tiers)}`,
  );
  if (a.join() !== b.join()) throw new Error('late page differs from the product page');
}
try {
  for (let round = 0; round < 2; round++) {
    await run('current', false);
    await run('late', true);
    await pool.query(
      'create index if not exists bench_probe_industry_region_idx on enterprise (industry_code text_pattern_ops, region_code text_pattern_ops)',
    );
    await pool.query('analyze enterprise');
    await run('index', false);
    await run('both', true);
    await pool.query('drop index if exists bench_probe_industry_region_idx');
    await pool.query('analyze enterprise');
  }
} finally {
  await pool.query('drop index if exists bench_probe_industry_region_idx');
  await pool.end();
}
