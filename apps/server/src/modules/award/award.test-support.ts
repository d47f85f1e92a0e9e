import { expect } from 'vitest';
import type { TestApp, TestClient } from '../../../test/harness';

export const COUNTY = '621122';
export const OTHER_COUNTY = '621102';
export const API = '/api/v1/award';

/** A staff member of another county (安定区), with the same role and password as the demo staff account. */
export async function otherCountyStaff(t: TestApp, username: string): Promise<TestClient> {
  return t.addUser({ username, role: 'staff', region: OTHER_COUNTY, name: '安定区科员' });
}

/** The id of a demo enterprise by its register name. */
export async function enterpriseId(t: TestApp, name: string): Promise<number> {
  const row = await t.db.selectFrom('enterprise').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

/** POSTs and expects 200, answering the body. */
export async function ok(client: TestClient, url: string, body: Record<string, unknown>) {
  const res = await client.post(url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A request refused with `status`, answering the error's message. */
export async function refused(
  res: { statusCode: number; json(): { error: { message: string } }; body: string },
  status: number,
) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json().error.message;
}

export const programme = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  organiser: '定西市总工会',
  level: 'city',
  year: 2019,
  categories: ['worker_tech', 'five_small'],
  regionCode: COUNTY,
  ...extra,
});

export const competition = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  edition: 9,
  division: '甘肃赛区',
  organiser: '甘肃省科学技术厅',
  level: 'national',
  year: 2019,
  regionCode: COUNTY,
  ...extra,
});
