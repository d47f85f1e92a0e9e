import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { matchedFields } from './list-expert-candidates';
import {
  addExpert,
  addExpertAccount,
  createCall,
  enterpriseId,
  insertApplication,
  userId,
} from './project.test-support';

let t: TestApp;
let staff: TestClient;
let callId: number;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  callId = (await createCall(staff, { minExperts: 2 })).id;
});
afterAll(() => t?.close());

interface Candidate {
  userId: number;
  name: string;
  employerName: string | null;
  activeAssignments: number;
  unavailable: string | null;
  applications: { applicationId: number; assigned: boolean; conflict: string | null; matchedFields: string[] }[];
}
const candidates = async (ids: number[]) => {
  const res = await staff.get(`/api/v1/experts/candidates?applicationIds=${ids.join(',')}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    applications: { id: number; minExperts: number; assignedCount: number }[];
    minExperts: number;
    experts: Candidate[];
  };
};
const byName = (list: Candidate[], name: string) => list.find((c) => c.name === name)!;

describe('GET /experts/candidates', () => {
  it('marks the conflicted expert with the reason the save path refuses with', async () => {
    const app = await insertApplication(t, {
      callId,
      enterpriseId: await enterpriseId(t, '众智众创'),
      state: 'county_review',
    });
    const list = await candidates([app.id]);
    const zhou = byName(list.experts, '周专家');
    expect(zhou.applications).toEqual([
      { applicationId: app.id, assigned: false, conflict: '专家申报了回避：与本院有在研合作项目', matchedFields: [] },
    ]);
    expect(byName(list.experts, '孙专家').applications[0].conflict).toBeNull();
    // Conflicted experts come after every expert who can be assigned.
    const order = list.experts.map((c) => c.name);
    expect(order.indexOf('周专家')).toBeGreaterThan(order.indexOf('孙专家'));
    expect(order.indexOf('周专家')).toBeGreaterThan(order.indexOf('吴专家'));

    const save = await staff.post('/api/v1/reviews/assign', {
      applicationIds: [app.id],
      expertIds: [zhou.userId, byName(list.experts, '孙专家').userId],
    });
    expect(save.statusCode).toBe(409);
    expect(save.json().error.message).toContain(`（${zhou.applications[0].conflict}）`);
  });

  it('flags experts already assigned per application, counts load, and gives the call’s minimum', async () => {
    const dingfeng = await enterpriseId(t, '鼎丰马铃薯');
    const done = await insertApplication(t, { callId, enterpriseId: dingfeng, state: 'county_review' });
    const fresh = await insertApplication(t, { callId, enterpriseId: dingfeng, state: 'county_review' });
    const [sun, wu] = [await userId(t, 'expert'), await userId(t, 'expert3')];
    const before = byName((await candidates([fresh.id])).experts, '孙专家').activeAssignments;
    expect(
      (await staff.post('/api/v1/reviews/assign', { applicationIds: [done.id], expertIds: [sun, wu] })).statusCode,
    ).toBe(200);

    const list = await candidates([done.id, fresh.id]);
    expect(list.minExperts).toBe(2);
    expect(list.applications.map((a) => [a.id, a.minExperts, a.assignedCount])).toEqual([
      [done.id, 2, 2],
      [fresh.id, 2, 0],
    ]);
    const s = byName(list.experts, '孙专家');
    expect(s.applications.map((p) => [p.applicationId, p.assigned])).toEqual([
      [done.id, true],
      [fresh.id, false],
    ]);
    expect(s.activeAssignments).toBe(before + 1);
    expect(byName(list.experts, '周专家').applications.every((p) => !p.assigned)).toBe(true);
  });

  it('ranks a field match above load, and lists an expert without a profile as unavailable', async () => {
    const heavy = await addExpert(t, 'expert_potato', '赵专家', { name: '定西市马铃薯研究所' });
    await t.db
      .updateTable('expert_profile')
      .set({ fields: ['马铃薯栽培'] })
      .where('user_id', '=', heavy)
      .execute();
    const busy = await insertApplication(t, {
      callId,
      enterpriseId: await enterpriseId(t, '鼎丰马铃薯'),
      state: 'county_review',
    });
    expect(
      (
        await staff.post('/api/v1/reviews/assign', {
          applicationIds: [busy.id],
          expertIds: [heavy, await userId(t, 'expert2')],
        })
      ).statusCode,
    ).toBe(200);
    // One more open review for 吴专家, so the experts without a match differ in load.
    await t.db
      .insertInto('review_assignment')
      .values({
        region_code: '621122',
        application_id: busy.id,
        expert_id: await userId(t, 'expert3'),
        scores: '{}',
        comment: null,
        submitted_at: null,
        created_by: null,
        updated_by: null,
      })
      .execute();
    await addExpertAccount(t, 'expert_noprofile', '无档案专家');

    const app = await insertApplication(t, {
      callId,
      enterpriseId: await enterpriseId(t, '鼎丰马铃薯'),
      state: 'county_review',
      title: '马铃薯脱毒种薯高效繁育示范',
    });
    const list = await candidates([app.id]);
    const zhao = byName(list.experts, '赵专家');
    expect(zhao.applications[0].matchedFields).toEqual(['马铃薯栽培']);
    expect(zhao.activeAssignments).toBeGreaterThan(0);
    // Both 孙专家 (马铃薯育种) and 马专家 match; an expert with no match and no load still comes after them.
    const order = list.experts.map((c) => c.name);
    expect(order.slice(0, 2).sort()).toEqual(['孙专家', '赵专家'].sort());
    const rest = list.experts.filter((c) => !c.unavailable && !c.applications[0].matchedFields.length);
    expect(new Set(rest.map((c) => c.activeAssignments)).size).toBeGreaterThan(1);
    expect(rest.map((c) => c.activeAssignments)).toEqual(rest.map((c) => c.activeAssignments).sort((a, b) => a - b));
    expect(byName(list.experts, '无档案专家').unavailable).toContain('尚未建立专家档案');
    expect(order.at(-1)).toBe('无档案专家');
  });

  it('refuses expert and enterprise users, another county’s application, unknown ids and a malformed query', async () => {
    const app = await insertApplication(t, {
      callId,
      enterpriseId: await enterpriseId(t, '鼎丰马铃薯'),
      state: 'county_review',
    });
    for (const u of ['expert', 'qiye']) {
      expect((await (await t.as(u)).get(`/api/v1/experts/candidates?applicationIds=${app.id}`)).statusCode).toBe(403);
    }
    const anding = await insertApplication(t, {
      callId,
      enterpriseId: await enterpriseId(t, '鼎丰马铃薯'),
      state: 'county_review',
    });
    await t.db.updateTable('project_application').set({ region_code: '621102' }).where('id', '=', anding.id).execute();
    const foreign = await staff.get(`/api/v1/experts/candidates?applicationIds=${app.id},${anding.id}`);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('OUT_OF_SCOPE');
    expect((await staff.get('/api/v1/experts/candidates?applicationIds=99999999')).statusCode).toBe(404);
    expect((await staff.get('/api/v1/experts/candidates?applicationIds=1;2')).statusCode).toBe(400);
  });
});

describe('creating a profile for an expert account', () => {
  it('offers accounts without a profile, and a created profile leaves that list', async () => {
    const newcomer = await addExpertAccount(t, 'expert_new', '新专家');
    const offered = async () =>
      (await staff.get('/api/v1/experts/accounts-without-profile')).json() as {
        userId: number;
        username: string;
        displayName: string;
      }[];
    expect(await offered()).toContainEqual({ userId: newcomer, username: 'expert_new', displayName: '新专家' });
    expect((await offered()).map((a) => a.username)).not.toContain('expert');
    const made = await staff.post('/api/v1/experts', {
      userId: newcomer,
      name: '冯专家',
      employerName: '陇西县农技中心',
      fields: ['中药材'],
      conflicts: [{ name: '甘肃诚泰药业有限公司', reason: '亲属任职' }],
    });
    expect(made.statusCode, made.body).toBe(200);
    expect((await offered()).map((a) => a.userId)).not.toContain(newcomer);
    expect((await (await t.as('qiye')).get('/api/v1/experts/accounts-without-profile')).statusCode).toBe(403);
  });

  it('an update that sends only the conflicts keeps the fields', async () => {
    const [wu] = (
      (await staff.get('/api/v1/experts')).json() as {
        userId: number;
        name: string;
        fields: string[];
        version: number;
      }[]
    ).filter((x) => x.name === '吴专家');
    const res = await staff.put(`/api/v1/experts/${wu.userId}`, {
      version: wu.version,
      conflicts: [{ name: '甘肃青龙管业有限责任公司', reason: '曾任该公司技术顾问' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().fields).toEqual(['机械制造', '新材料']);
    expect(res.json().conflicts).toHaveLength(1);
  });
});

describe('an expert keeps their own profile', () => {
  it('opens it on the first save, then asks for the version', async () => {
    const id = await addExpertAccount(t, 'expert_self', '钱专家');
    const me = await t.as('expert_self');
    expect((await me.get('/api/v1/experts/me')).json()).toBeNull();
    const opened = await me.put('/api/v1/experts/me', { name: '钱专家', employerName: '定西市农科院' });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ userId: id, employerName: '定西市农科院', version: 1 });
    expect((await me.put('/api/v1/experts/me', { name: '钱专家' })).statusCode).toBe(400);
    const changed = await me.put('/api/v1/experts/me', { name: '钱专家', employerName: '兰州大学', version: 1 });
    expect(changed.json()).toMatchObject({ employerName: '兰州大学', version: 2 });
    expect((await me.get('/api/v1/experts/me')).json()).toMatchObject({ employerName: '兰州大学' });
  });
});

describe('matchedFields', () => {
  it('matches on a shared run of three characters, or the whole of a shorter field', () => {
    expect(matchedFields(['马铃薯育种', '中药材', '农学', '机械制造'], '马铃薯脱毒种薯繁育 农业')).toEqual([
      '马铃薯育种',
    ]);
    expect(matchedFields(['中药', '新材料'], '道地中药材标准化种植')).toEqual(['中药']);
  });
});
