import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TIERS } from '@kechuang/domain';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { genericPlans } from '../../../test/generic-plan';
import { offsetOf } from '../../platform/db/paging';
import { enterprisePageQuery } from './enterprise.repository';

// The list pages first and joins names and tiers afterwards (bench/FINDINGS.md F2); it must return exactly what
// the straightforward query returns: same ids, same order, same total.
let t: TestApp;
let staff: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

interface Filter {
  regionCode?: string;
  industryCode?: string;
  tier?: string;
  sort: 'name' | 'updatedAt' | 'foundedOn';
  order: 'ascend' | 'descend';
}
const SORT_COLUMN = {
  name: sql.ref('name_pinyin'),
  updatedAt: sql.ref('updated_at'),
  foundedOn: sql.ref('founded_on'),
};

/** The reference: one plain query over the county, filtered, ordered, paged — no tricks. */
async function reference(f: Filter, current: number, pageSize: number) {
  const where = [sql`region_code like '621122%'`];
  if (f.regionCode) {
    where.push(
      f.regionCode.length === 12
        ? sql`township_code = ${f.regionCode}`
        : sql`region_code like ${`${f.regionCode.replace(/(00)+$/, '')}%`}`,
    );
  }
  if (f.industryCode) where.push(sql`industry_code like ${`${f.industryCode}%`}`);
  if (f.tier) where.push(sql`id in (select enterprise_id from qualification where tier = ${f.tier})`);
  const cond = sql.join(where, sql` and `);
  const dir = f.order === 'ascend' ? sql`asc` : sql`desc`;
  const rows = await sql<{
    id: number;
  }>`select id from enterprise where ${cond} order by ${SORT_COLUMN[f.sort]} ${dir}, id ${dir}`.execute(t.db);
  const ids = rows.rows.map((r) => r.id);
  const start = offsetOf({ current, pageSize });
  return { ids: ids.slice(start, start + pageSize), total: ids.length };
}

const FILTERS: Filter[] = [
  { sort: 'name', order: 'ascend' },
  { sort: 'updatedAt', order: 'descend' },
  { industryCode: '2', sort: 'name', order: 'descend' },
  { industryCode: '27', tier: 'tech_sme', sort: 'foundedOn', order: 'ascend' },
  { regionCode: '621122', industryCode: '1', tier: 'tech_sme', sort: 'name', order: 'ascend' },
  { regionCode: '621122106000', sort: 'updatedAt', order: 'ascend' },
  { tier: 'high_tech', sort: 'name', order: 'descend' },
];

describe('the enterprise list matches a plain reference query', () => {
  it.each(FILTERS)('same ids, order and total for %o on the first, a middle and a past-the-end page', async (f) => {
    const pageSize = 3;
    const { total } = await reference(f, 1, pageSize);
    for (const current of [1, 2, Math.max(1, Math.ceil(total / pageSize)), Math.ceil(total / pageSize) + 1]) {
      const qs = new URLSearchParams({
        ...Object.fromEntries(Object.entries(f)),
        current: String(current),
        pageSize: String(pageSize),
      });
      const res = await staff.get(`/api/v1/enterprises?${qs}`);
      expect(res.statusCode).toBe(200);
      const body = res.json() as { data: { id: number }[]; total: number };
      const want = await reference(f, current, pageSize);
      expect({ ids: body.data.map((e) => e.id), total: body.total }).toEqual(want);
    }
  });

  it('some filter combinations really filter (the comparison is not vacuous)', async () => {
    const all = await reference(FILTERS[0], 1, 3);
    const narrow = await reference(FILTERS[4], 1, 3);
    expect(narrow.total).toBeGreaterThan(0);
    expect(narrow.total).toBeLessThan(all.total);
  });
});

describe('the qualification list total', () => {
  it('is right whether or not the count query is skipped (partial first page, full pages, past the end)', async () => {
    const [{ n }] = (
      await sql<{ n: number }>`select count(*)::int as n from qualification where region_code like '621122%'`.execute(
        t.db,
      )
    ).rows;
    expect(n).toBeGreaterThan(3);
    for (const [current, pageSize] of [
      [1, 3],
      [2, 3],
      [1, n + 5],
      [Math.ceil(n / 3), 3],
      [Math.ceil(n / 3) + 1, 3],
    ]) {
      const body = (await staff.get(`/api/v1/qualifications?current=${current}&pageSize=${pageSize}`)).json() as {
        data: unknown[];
        total: number;
      };
      expect(body.total).toBe(n);
    }
    const one = (await t.db.selectFrom('qualification').select('enterprise_id').executeTakeFirstOrThrow())
      .enterprise_id;
    const [{ m }] = (
      await sql<{ m: number }>`select count(*)::int as m from qualification where enterprise_id = ${one}`.execute(t.db)
    ).rows;
    const body = (await staff.get(`/api/v1/qualifications?enterpriseId=${one}`)).json() as {
      data: unknown[];
      total: number;
    };
    expect(body.total).toBe(m);
    expect(body.data).toHaveLength(m);
  });
});

describe('the tier filter after a new qualification record', () => {
  it('lists the enterprise under the new tier at once, still equal to the reference', async () => {
    const f: Filter = { tier: 'little_giant', sort: 'name', order: 'ascend' };
    const before = await reference(f, 1, 100);
    const ent = await t.db
      .selectFrom('enterprise')
      .select('id')
      .where('region_code', 'like', '621122%')
      .where('id', 'not in', before.ids.length ? before.ids : [0])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const created = await staff.post('/api/v1/qualifications', {
      enterpriseId: ent.id,
      tier: 'little_giant',
      year: 2024,
      stage: 'cultivating',
    });
    expect(created.statusCode).toBe(200);
    const after = await reference(f, 1, 100);
    expect(after.ids).toContain(ent.id);
    const body = (
      await staff.get('/api/v1/enterprises?tier=little_giant&sort=name&order=ascend&pageSize=100')
    ).json() as { data: { id: number }[]; total: number };
    expect({ ids: body.data.map((e) => e.id), total: body.total }).toEqual(after);
  });
});

// The tier filter reads only that tier's enterprises: a partial index per tier, which the list's generic plan
// (F11: the list is a prepared statement) must be able to use (bench/FINDINGS.md F16).
describe('the tier filter has its own index', () => {
  it('every tier in TIERS has a partial list index on its enterprises', async () => {
    const rows = await sql<{
      indexname: string;
      indexdef: string;
    }>`select indexname, indexdef from pg_indexes where tablename = 'enterprise' and indexname like 'enterprise_list_%_idx'`.execute(
      t.db,
    );
    for (const tier of TIERS) {
      const index = rows.rows.find((r) => r.indexname === `enterprise_list_${tier}_idx`);
      expect(index?.indexdef, tier).toContain(`qualification_tiers @> '{${tier}}'`);
    }
  });

  it("the list's generic plan for a tier filter uses that tier's index", async () => {
    const scope = { kind: 'region', prefix: '621122' } as const;
    const page = { current: 2, pageSize: 20 };
    const pageOfTier = (tier: 'tech_sme' | 'high_tech') =>
      enterprisePageQuery(
        t.db,
        scope,
        { regionCode: '621122', industryCode: '3', tier, sort: 'name', order: 'ascend' },
        page,
      ).compile();
    const plans = await genericPlans(t.db, { tech_sme: pageOfTier('tech_sme'), high_tech: pageOfTier('high_tech') });
    expect(plans.tech_sme).toMatch(/enterprise_list_tech_sme_idx/);
    expect(plans.high_tech).toMatch(/enterprise_list_high_tech_idx/);
  });
});
