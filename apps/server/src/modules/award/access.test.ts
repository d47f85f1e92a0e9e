import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { API, COUNTY, competition, enterpriseId, ok, otherCountyStaff, programme } from './award.test-support';

let t: TestApp;
let staff: TestClient;
let other: TestClient;
let qiye: TestClient;
let leader: TestClient;
let qinglong: number;
let fengyuan: number;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  other = await otherCountyStaff(t, 'award_other');
  qiye = await t.as('qiye');
  leader = await t.as('leader');
  qinglong = await enterpriseId(t, '甘肃青龙管业有限责任公司');
  fengyuan = await enterpriseId(t, '甘肃丰源薯业有限公司');
});
afterAll(() => t?.close());

describe('who may do what with awards and competitions', () => {
  it('keeps another county’s staff out: no list, no read, no edit, no result, nothing written into this county', async () => {
    const p = await ok(staff, `${API}/programmes`, programme('越权测试评选'));
    const n = await ok(staff, `${API}/nominations`, {
      programmeId: p.id,
      category: 'worker_tech',
      nomineeKind: 'unit',
      unitName: '越权测试单位',
      nominatedOn: '2019-03-01',
    });
    const c = await ok(staff, `${API}/competitions`, competition('越权测试大赛'));
    const e = await ok(staff, `${API}/entries`, {
      competitionId: c.id,
      nomineeKind: 'unit',
      unitName: '越权测试单位',
      enteredOn: '2019-04-01',
    });
    const theirs = await ok(other, `${API}/programmes`, programme('安定区评选', { regionCode: '621102' }));

    expect((await other.get(`${API}/programmes?pageSize=200`)).json().data.map((r: { id: number }) => r.id)).toEqual([
      theirs.id,
    ]);
    expect((await other.get(`${API}/nominations?pageSize=200`)).json().total).toBe(0);
    expect((await other.get(`${API}/entries?pageSize=200`)).json().total).toBe(0);
    expect((await other.get(`${API}/competitions?pageSize=200`)).json().total).toBe(0);
    for (const url of [
      `programmes/${p.id}`,
      `nominations/${n.id}`,
      `nominations/${n.id}/history`,
      `competitions/${c.id}`,
      `entries/${e.id}`,
    ]) {
      expect((await other.get(`${API}/${url}`)).statusCode, url).toBe(403);
    }
    expect((await staff.get(`${API}/programmes/${theirs.id}`)).statusCode).toBe(403);
    expect((await other.put(`${API}/programmes/${p.id}`, { version: 1, remark: '越权' })).statusCode).toBe(403);
    // A stale version must not tell an outsider the row exists (409): the same refusal.
    expect((await other.put(`${API}/programmes/${p.id}`, { version: 9, remark: '越权' })).statusCode).toBe(403);
    expect((await other.put(`${API}/nominations/${n.id}`, { version: 1, title: '越权' })).statusCode).toBe(403);
    const result = { state: 'awarded', grade: 'first', announcedOn: '2019-05-01', version: 1 };
    expect((await other.post(`${API}/nominations/${n.id}/result`, result)).statusCode).toBe(403);
    expect((await other.put(`${API}/competitions/${c.id}`, { version: 1, remark: '越权' })).statusCode).toBe(403);
    expect(
      (await other.post(`${API}/entries/${e.id}/advance`, { to: 'preliminary', on: '2019-05-01', version: 1 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await other.post(`${API}/entries/${e.id}/award`, { award: 'first', awardedOn: '2019-05-01', version: 1 }))
        .statusCode,
    ).toBe(403);
    expect((await other.post(`${API}/programmes`, programme('越权新增'))).statusCode).toBe(403);
    expect((await other.post(`${API}/competitions`, competition('越权新增'))).statusCode).toBe(403);
    const intoOurs = {
      programmeId: p.id,
      category: 'worker_tech',
      nomineeKind: 'unit',
      unitName: '某单位',
      nominatedOn: '2019-03-01',
    };
    expect((await other.post(`${API}/nominations`, intoOurs)).statusCode).toBe(403);
    expect(
      (
        await other.post(`${API}/entries`, {
          competitionId: c.id,
          nomineeKind: 'unit',
          unitName: '某单位',
          enteredOn: '2019-04-01',
        })
      ).statusCode,
    ).toBe(403);
    // Naming an enterprise of this county from another county is refused as well.
    const theirNomination = { ...intoOurs, programmeId: theirs.id, unitName: undefined, enterpriseId: qinglong };
    expect((await other.post(`${API}/nominations`, theirNomination)).statusCode).toBe(400);
    expect((await staff.get(`${API}/nominations/${n.id}`)).json()).toEqual(n);
  });

  it('lets the leader read and nothing else', async () => {
    expect((await leader.get(`${API}/programmes`)).statusCode).toBe(200);
    expect((await leader.get(`${API}/nominations`)).statusCode).toBe(200);
    expect((await leader.get(`${API}/entries`)).statusCode).toBe(200);
    expect((await leader.post(`${API}/programmes`, programme('领导不能新增'))).statusCode).toBe(403);
    expect((await leader.get(`${API}/nominations/import-template`)).statusCode).toBe(403);
  });

  it('shows an enterprise user its own nominations and entries only, and no bureau records', async () => {
    const p = await ok(staff, `${API}/programmes`, programme('企业可见测试评选'));
    const nominate = (body: Record<string, unknown>) =>
      ok(staff, `${API}/nominations`, {
        programmeId: p.id,
        category: 'five_small',
        nominatedOn: '2019-03-01',
        ...body,
      });
    const own = await nominate({ nomineeKind: 'unit', enterpriseId: qinglong });
    const ownPerson = await nominate({ nomineeKind: 'person', personName: '李*明', enterpriseId: qinglong });
    const notOwn = await nominate({ nomineeKind: 'unit', enterpriseId: fengyuan });

    const list = (await qiye.get(`${API}/nominations?programmeId=${p.id}`)).json();
    expect(list.data.map((r: { id: number }) => r.id).sort()).toEqual([own.id, ownPerson.id].sort());
    expect((await qiye.get(`${API}/nominations/${own.id}`)).statusCode).toBe(200);
    expect((await qiye.get(`${API}/nominations/${notOwn.id}`)).statusCode).toBe(403);
    expect((await qiye.get(`${API}/nominations/${notOwn.id}/history`)).statusCode).toBe(403);
    expect((await qiye.get(`${API}/programmes`)).statusCode).toBe(403);
    expect((await qiye.get(`${API}/competitions`)).statusCode).toBe(403);
    expect((await qiye.post(`${API}/nominations`, { programmeId: p.id })).statusCode).toBe(403);
    const result = { state: 'awarded', grade: 'first', announcedOn: '2019-05-01', version: 1 };
    expect((await qiye.post(`${API}/nominations/${own.id}/result`, result)).statusCode).toBe(403);
    const all = (await qiye.get(`${API}/nominations?pageSize=200`)).json();
    expect(all.data.every((r: { enterpriseId: number }) => r.enterpriseId === qinglong)).toBe(true);
    const c = await ok(staff, `${API}/competitions`, competition('企业可见测试大赛'));
    const enter = (enterpriseId: number) =>
      ok(staff, `${API}/entries`, { competitionId: c.id, nomineeKind: 'unit', enterpriseId, enteredOn: '2019-04-01' });
    const ownEntry = await enter(qinglong);
    const otherEntry = await enter(fengyuan);
    const entries = (await qiye.get(`${API}/entries?competitionId=${c.id}`)).json();
    expect(entries.data.map((r: { id: number }) => r.id)).toEqual([ownEntry.id]);
    expect((await qiye.get(`${API}/entries/${otherEntry.id}`)).statusCode).toBe(403);
    expect(
      (await qiye.post(`${API}/entries/${ownEntry.id}/advance`, { to: 'preliminary', on: '2019-05-01', version: 1 }))
        .statusCode,
    ).toBe(403);
    const exported = await qiye.get(`${API}/nominations/export?programmeId=${p.id}`);
    expect(exported.statusCode).toBe(200);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['details', 'region_code'])
      .where('action', '=', 'award.nomination.export')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ region_code: COUNTY, details: { rows: 2 } });
  });
});
