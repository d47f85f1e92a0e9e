import { sql } from 'kysely';
import type { TestApp, TestClient } from '../../../test/harness';

export const API = '/api/v1/service-event';
export const COUNTY = '621122';
export const OTHER_COUNTY = '621102';

/** A staff member of another county (安定区), with the same role and password as the demo staff account. */
export async function otherCountyStaff(t: TestApp, username: string): Promise<TestClient> {
  return t.addUser({ username, role: 'staff', region: OTHER_COUNTY, name: '安定区科员' });
}

/** An event body in the county; fields may be overridden. */
export const eventBody = (title: string, startOn: string, extra: Record<string, unknown> = {}) => ({
  title,
  kind: 'policy_service',
  organiser: '陇西县科学技术局',
  coOrganisers: ['甘肃省生产力促进中心'],
  startOn,
  endOn: startOn,
  place: '陇西县',
  regionCode: COUNTY,
  ...extra,
});

/**
 * Commissioners written straight into the roster table (module commissioner) with the columns it has today: the
 * tests need roster rows without going through that module's use cases.
 */
export async function insertCommissioners(
  t: TestApp,
  rows: { name: string; level: string; batch: string; regionCode?: string }[],
): Promise<number[]> {
  const ids: number[] = [];
  for (const [i, r] of rows.entries()) {
    const res = await sql<{ id: number }>`
      insert into commissioner (region_code, name, gender, birth_date, id_number_sealed, id_number_digest, title_level,
        unit_name, unit_kind, level, batch, term_start, term_end)
      values (${r.regionCode ?? COUNTY}, ${r.name}, '男', '1980-01-01', 'x', ${`${r.name}-${i}-${Date.now()}`.padEnd(64, '0').slice(0, 64)},
        '副高', '测试单位', '科研院所', ${r.level}, ${r.batch}, '2019-01-01', '2020-12-31')
      returning id`.execute(t.db);
    ids.push(res.rows[0].id);
  }
  return ids;
}

/** A tech-platform of a kind in a county, written straight into its table. */
export async function insertPlatform(t: TestApp, name: string, kind: string, regionCode = COUNTY): Promise<number> {
  const p = await t.db
    .insertInto('tech_platform')
    .values({
      name,
      operator_name: name,
      kind,
      level: 'county',
      status: 'recognized',
      region_code: regionCode,
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return p.id;
}

/** Enterprises of the county in register order. */
export async function countyEnterprises(t: TestApp, n: number) {
  return t.db
    .selectFrom('enterprise')
    .select(['id', 'name'])
    .where('region_code', '=', COUNTY)
    .orderBy('id')
    .limit(n)
    .execute();
}
