import type { TestApp, TestClient } from '../../../../test/harness';

export const EVAL_API = '/api/v1/tech-platform/evaluation';
export const COUNTY = '621122';

/** An account of a role in a region (and enterprise), signing in with the demo password. */
export async function addAccount(
  t: TestApp,
  username: string,
  o: { role: string; regionCode?: string; enterpriseId?: number | null; displayName?: string },
): Promise<TestClient> {
  const base = await t.db
    .selectFrom('app_user')
    .select('password_hash')
    .where('username', '=', 'staff')
    .executeTakeFirstOrThrow();
  const u = await t.db
    .insertInto('app_user')
    .values({
      username,
      display_name: o.displayName ?? username,
      password_hash: base.password_hash,
      region_code: o.regionCode ?? COUNTY,
      enterprise_id: o.enterpriseId ?? null,
      must_change_password: false,
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('user_role').values({ user_id: u.id, role_code: o.role }).execute();
  return t.as(username);
}

/** The id of a row by name. */
export async function idByName(t: TestApp, table: 'enterprise' | 'tech_platform', name: string): Promise<number> {
  return (await t.db.selectFrom(table).select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

/** A recognised platform registered directly (the register's own API is tested in tech-platform.test.ts). */
export async function addPlatform(
  t: TestApp,
  o: { name: string; kind: string; level?: string; enterpriseId: number | null; regionCode?: string },
): Promise<number> {
  const row = await t.db
    .insertInto('tech_platform')
    .values({
      region_code: o.regionCode ?? COUNTY,
      name: o.name,
      kind: o.kind,
      level: o.level ?? 'provincial',
      status: 'recognized',
      enterprise_id: o.enterpriseId,
      operator_name: o.enterpriseId ? null : '某研究院',
      recognized_on: '2020-01-01',
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A round's detail as a user sees it. */
export async function roundOf(client: TestClient, id: number) {
  const res = await client.get(`${EVAL_API}/rounds/${id}`);
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json() as {
    round: { id: number; state: string; version: number; title: string };
    history: { fromState: string | null; toState: string; toLabel: string; actorName: string | null }[];
    entries: {
      id: number;
      platformName: string;
      kind: string;
      status: string;
      version: number;
      grade: string | null;
      totalScore: string | null;
      quantitativeScore: string | null;
      managementScore: string | null;
      revocationProposed: boolean;
      revocationReason: string | null;
      experts: { id: number; expertId: number; version: number; status: string }[];
    }[];
  };
}

/** Figures of an incubator and a makerspace that pass the schemes' checks. */
export const INCUBATOR_YEAR = {
  incubatees: 24,
  financedIncubatees: 3,
  graduated: 2,
  siteArea: '12000',
  incubateeArea: '9600',
  incubationFund: '3000000.00',
  serviceStaff: 4,
  staffTotal: 10,
  activities: 12,
};
export const MAKERSPACE_YEAR = {
  teams: 20,
  financedTeams: 1,
  newCompanies: 3,
  workstations: 80,
  mentors: 6,
  activities: 18,
  siteArea: 600,
  serviceRevenue: '300000',
};
/** A makerspace's year that scores low (16.81). */
export const WEAK_MAKERSPACE_YEAR = {
  teams: 6,
  financedTeams: 0,
  newCompanies: 1,
  workstations: 30,
  mentors: 3,
  activities: 6,
  siteArea: 2800,
  serviceRevenue: '60000',
};
