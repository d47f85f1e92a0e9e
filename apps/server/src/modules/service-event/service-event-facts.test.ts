import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf, factsWhere } from '../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import {
  API,
  OTHER_COUNTY,
  countyEnterprises,
  eventBody,
  insertCommissioners,
  insertPlatform,
  otherCountyStaff,
} from './service-event.test-support';

let t: TestApp;
let staff: TestClient;
let other: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  other = await otherCountyStaff(t, 'service_event_facts_other');
});
afterAll(() => t?.close());

async function ok(path: string, body: unknown) {
  const res = await staff.post(`${API}${path}`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const held = async (e: { id: number; version: number }) =>
  ok(`/events/${e.id}/transition`, { to: 'held', version: e.version });
const values = (facts: Awaited<ReturnType<typeof factsOf>>, key: string, dims: Record<string, string> = {}) =>
  factsWhere(facts, key, dims)
    .filter((f) => Object.keys(f.dimensions).length === Object.keys(dims).length)
    .map((f) => f.value);

describe('科技服务活动: report facts', () => {
  it('states the held events by kind, the enterprises and persons reached and the commissioners trained by level', async () => {
    const five = await insertCommissioners(
      t,
      ['甲', '乙', '丙', '丁', '戊'].map((n) => ({
        name: `市特派${n}`,
        level: 'city',
        batch: '第七批',
        regionCode: '621100',
      })),
    );
    const [county] = await insertCommissioners(t, [{ name: '县特派甲', level: 'county', batch: '第一批' }]);
    const ents = await countyEnterprises(t, 4);
    const training = await ok('/events', eventBody('事实培训班', '2015-03-10', { kind: 'training', coOrganisers: [] }));
    await ok(`/events/${training.id}/attendees`, {
      commissionerIds: [...five, county],
      enterprises: ents.slice(0, 2).map((e) => ({ enterpriseId: e.id })),
    });
    await held(training);
    const again = await ok('/events', eventBody('事实培训班二', '2015-04-10', { kind: 'training', coOrganisers: [] }));
    // The same commissioner trained twice counts once.
    await ok(`/events/${again.id}/attendees`, { commissionerIds: [five[0]] });
    await held(again);
    const service = await ok('/events', eventBody('事实送服务', '2015-05-10'));
    await ok(`/events/${service.id}/attendees`, {
      enterprises: ents.slice(1, 4).map((e) => ({ enterpriseId: e.id, representative: '代表' })),
      persons: [{ name: '专家甲', unit: '甘肃省生产力促进中心' }],
    });
    await held(service);
    // Planned, cancelled and H2 events are not stated for 2015H1.
    await ok('/events', eventBody('事实计划中', '2015-05-11'));
    const cancelled = await ok('/events', eventBody('事实取消', '2015-05-12'));
    await ok(`/events/${cancelled.id}/transition`, { to: 'cancelled', reason: '改期', version: 1 });
    await held(await ok('/events', eventBody('事实下半年', '2015-09-01')));

    const facts = await factsOf(staff, '2015H1');
    expect(values(facts, 'service-event.events')).toEqual(['3']);
    expect(values(facts, 'service-event.events', { kind: 'training' })).toEqual(['2']);
    expect(values(facts, 'service-event.events', { kind: 'policy_service' })).toEqual(['1']);
    const [events] = factsWhere(facts, 'service-event.events', {}).filter((f) => !f.dimensions.kind);
    expect(events.recordIds).toEqual([training.id, again.id, service.id]);
    expect(events.link).toBe(`/service-event/events?ids=${training.id},${again.id},${service.id}`);
    // 4 distinct enterprises (ents[1] attended two events); persons = 2 + 6 + 1 + 3 + 1 attendances.
    expect(values(facts, 'service-event.enterprises-reached')).toEqual(['4']);
    expect(values(facts, 'service-event.enterprises-reached', { kind: 'training' })).toEqual(['2']);
    expect(values(facts, 'service-event.persons-reached')).toEqual(['13']);
    expect(values(facts, 'service-event.commissioners-trained')).toEqual(['6']);
    const [city] = factsWhere(facts, 'service-event.commissioners-trained', { level: 'city' });
    expect(city).toMatchObject({ value: '5', unit: '名', label: '参加培训的市级科技特派员' });
    expect([...city.recordNames!].sort()).toEqual(['市特派丁', '市特派乙', '市特派丙', '市特派戊', '市特派甲'].sort());
    expect(values(facts, 'service-event.commissioners-trained', { level: 'county' })).toEqual(['1']);
    // The link's ids list exactly those attendees.
    const rows = (await staff.get(`${API}/attendees?${city.link.split('?')[1]}`)).json();
    expect(rows.data.map((r: { commissionerId: number }) => r.commissionerId).sort()).toEqual([...five].sort());

    expect(factsWhere(await factsOf(other, '2015H1'), 'service-event.events')).toEqual([]);
    expect(values(await factsOf(staff, '2015'), 'service-event.events')).toEqual(['4']);
  });

  it('shows each 科普基地’s open days in a year against the ≥ 200 days condition', async () => {
    const base = await insertPlatform(t, '事实科普基地', 'popsci_base');
    const a = await ok(
      '/events',
      eventBody('开放日一', '2016-05-01', { kind: 'popsci_open_day', platformId: base, endOn: '2016-05-03' }),
    );
    const b = await ok(
      '/events',
      eventBody('开放日二', '2016-05-03', { kind: 'popsci_open_day', platformId: base, endOn: '2016-05-04' }),
    );
    await held(a);
    await held(b);
    await ok('/events', eventBody('开放日计划', '2016-06-01', { kind: 'popsci_open_day', platformId: base }));
    const res = (await staff.get(`${API}/popsci-bases?year=2016`)).json();
    const mine = res.find((r: { platformId: number }) => r.platformId === base);
    expect(mine).toMatchObject({ openDays: 4, minOpenDays: 200, belowMinimum: true, eventIds: [a.id, b.id] });
    const theirs = (await other.get(`${API}/popsci-bases?year=2016`)).json();
    expect(theirs.find((r: { platformId: number }) => r.platformId === base)).toBeUndefined();
    await insertPlatform(t, '安定科普基地', 'popsci_base', OTHER_COUNTY);
  });
});
