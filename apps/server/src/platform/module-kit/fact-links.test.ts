import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportFact } from '@kechuang/domain';
import { factsOf } from '../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

let t: TestApp;
let staff: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

/** The list API behind a web list page, where its path is not the page's own (the rest are `/api/v1<page>`). */
const API_OF_PAGE: Record<string, string> = {
  '/enterprise/qualifications': '/qualifications',
  '/enterprise/list': '/enterprises',
  '/project/applications': '/applications',
  '/project/funding': '/funding',
  '/tech-platform/evaluation': '/tech-platform/evaluation/rounds',
};

/** How many rows the list a fact links to shows: its page's API called with the link's ?ids=. */
async function rowsBehind(link: string): Promise<number> {
  const [page, query] = link.split('?');
  const ids = new URLSearchParams(query).get('ids')!;
  let api = API_OF_PAGE[page] ?? page;
  // R&D forms are listed per task: the page opens on the task of the first unit.
  if (page === '/rd/review') {
    const form = (await staff.get(`/api/v1/rd/units/${ids.split(',')[0]}`)).json();
    api = `/rd/tasks/${form.taskId}/units`;
  }
  const res = await staff.get(`/api/v1${api}?ids=${ids}&pageSize=200`);
  expect(res.statusCode, `${link}: ${res.body}`).toBe(200);
  const body = res.json();
  return Array.isArray(body) ? body.length : body.total;
}

describe('every number opens its records: a fact’s link lists exactly the records behind it', () => {
  it.each(['2022H1', '2022'])('holds for every fact of the demo county in %s', async (period) => {
    const facts: ReportFact[] = await factsOf(staff, period);
    expect(facts.length).toBeGreaterThan(20);
    const links = new Map(facts.map((f) => [f.link, new Set(f.recordIds).size]));
    for (const [link, count] of links) {
      expect({ link, rows: await rowsBehind(link) }).toEqual({ link, rows: count });
    }
  });
});
