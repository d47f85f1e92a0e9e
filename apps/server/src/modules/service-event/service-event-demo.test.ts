import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf, factsWhere } from '../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { API } from './service-event.test-support';

let t: TestApp;
let staff: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

const values = (facts: Awaited<ReturnType<typeof factsOf>>, key: string, dims: Record<string, string> = {}) =>
  factsWhere(facts, key, dims)
    .filter((f) => Object.keys(f.dimensions).length === Object.keys(dims).length)
    .map((f) => f.value);

describe('科技服务活动: the demo county, 2022 H1 (the report’s §一.5 and §一.6)', () => {
  it('states 进企业送服务, the 17 enterprises trained, 科技活动周, 全国科技工作者日 and the 第七批 city commissioners', async () => {
    const facts = await factsOf(staff, '2022H1');
    expect(values(facts, 'service-event.events', { kind: 'policy_service' })).toEqual(['1']);
    expect(values(facts, 'service-event.events', { kind: 'tech_week' })).toEqual(['1']);
    expect(values(facts, 'service-event.events', { kind: 'workers_day' })).toEqual(['1']);
    expect(values(facts, 'service-event.events', { kind: 'training' })).toEqual(['2']);
    const [service] = factsWhere(facts, 'service-event.events', { kind: 'policy_service' });
    const detail = (await staff.get(`${API}/events/${service.recordIds[0]}`)).json();
    expect(detail.coOrganisers).toContain('甘肃省生产力促进中心');
    expect(detail.enterpriseCount).toBeGreaterThan(0);
    expect(values(facts, 'service-event.enterprises-reached', { kind: 'training' })).toEqual(['17']);
    const trainings = (
      await staff.get(`${API}/events?year=2022&kind=training&keyword=全省科技型企业科技创新政策培训班`)
    ).json();
    expect(trainings.data).toEqual([expect.objectContaining({ enterpriseCount: 17 })]);
    // The 第七批 city commissioners come from the roster's demo (another branch): expected is what the demo holds.
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from commissioner where level = 'city' and batch = '第七批'`.execute(t.db);
    const expected = rows[0].n;
    const trained = values(facts, 'service-event.commissioners-trained', { level: 'city' });
    expect(trained).toEqual(expected ? [String(expected)] : []);
  });

  it('trains the 5 第七批 city commissioners of the roster’s demo (seed report §一.5)', async () => {
    const facts = await factsOf(staff, '2022H1');
    expect(values(facts, 'service-event.commissioners-trained', { level: 'city' })).toEqual(['5']);
  });
});
