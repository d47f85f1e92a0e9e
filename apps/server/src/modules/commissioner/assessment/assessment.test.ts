import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf, factsWhere } from '../../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/harness';
import { addAccount, idByName } from '../../tech-platform/evaluation/evaluation.test-support';
import { addCommissioner, COUNTY, insertLog, OTHER_COUNTY } from '../service-log/service-log.test-support';
import { clearDemoRoster } from '../commissioner.test-support';

const API = '/api/v1/commissioner/assessments';
const YEAR = 2025;

let t: TestApp;
let staff: TestClient;
let leader: TestClient;
let otherStaff: TestClient;
let provinceStaff: TestClient;
let dingfengUser: TestClient;
let jinluUser: TestClient;
let a: number;
let b: number;
let assessmentId: number;
const entryIds: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp();
  // This file builds its own roster: the demo's commissioners would join every list and count.
  await clearDemoRoster(t.db);
  staff = await t.as('staff');
  leader = await t.as('leader');
  otherStaff = await addAccount(t, 'asm_other_staff', { role: 'staff', regionCode: OTHER_COUNTY });
  provinceStaff = await addAccount(t, 'asm_province_staff', { role: 'staff', regionCode: '620000' });
  const dingfeng = await idByName(t, 'enterprise', '甘肃鼎丰马铃薯种业有限公司');
  const jinlu = await idByName(t, 'enterprise', '甘肃金麓银峰农业科技有限公司');
  dingfengUser = await addAccount(t, 'asm_dingfeng', { role: 'enterprise', enterpriseId: dingfeng });
  jinluUser = await addAccount(t, 'asm_jinlu', { role: 'enterprise', enterpriseId: jinlu });
  a = await addCommissioner(t, { name: '赵立新', username: 'tpy' });
  b = await addCommissioner(t, { name: '钱进' });
  await addCommissioner(t, { name: '周新聘', termStart: '2026-03-01', termEnd: '2028-02-28' });
  await addCommissioner(t, { name: '吴解聘', status: 'dismissed' });
  // 赵立新: 15 confirmed days in 2025 (one at 鼎丰), a pending one and one of 2024 that do not count.
  for (let i = 1; i <= 15; i++) {
    await insertLog(t, a, `2025-03-${String(i).padStart(2, '0')}`, { enterpriseId: i === 1 ? dingfeng : null });
  }
  await insertLog(t, a, '2025-04-01', { status: 'pending' });
  await insertLog(t, a, '2024-12-31');
  // 钱进: 30 days, the county's minimum.
  for (let i = 1; i <= 30; i++) await insertLog(t, b, `2025-05-${String(i).padStart(2, '0')}`);
});
afterAll(() => t?.close());

type Entry = {
  id: number;
  commissionerName: string;
  scores: Record<string, number | null>;
  total: number | null;
  grade: string | null;
  gradeLabel: string | null;
  extendable: boolean;
  version: number;
  confirmedDays: number;
};
const detail = async (c: TestClient = staff) => {
  const res = await c.get(`${API}/${assessmentId}`);
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json() as { assessment: { status: string; version: number; graded: number }; entries: Entry[] };
};
const entry = async (name: string) => (await detail()).entries.find((e) => e.commissionerName === name)!;
const score = async (name: string, scores: Record<string, number | null>) => {
  const e = await entry(name);
  return staff.put(`${API}/entries/${e.id}`, { scores, version: e.version });
};

describe('opening a year’s assessment (docs/rules.md §5.1.1)', () => {
  it('takes the county’s appointed commissioners serving that year, 服务次数 pre-filled from confirmed days', async () => {
    expect((await leader.post(API, { regionCode: COUNTY, year: YEAR })).statusCode).toBe(403);
    expect((await otherStaff.post(API, { regionCode: COUNTY, year: YEAR })).statusCode).toBe(403);
    const res = await staff.post(API, { regionCode: COUNTY, year: YEAR });
    expect(res.statusCode, res.body).toBe(200);
    assessmentId = res.json().assessment.id;
    const d = await detail();
    expect(d.entries.map((e) => [e.commissionerName, e.confirmedDays, e.scores.service_count])).toEqual([
      ['赵立新', 15, 10],
      ['钱进', 30, 20],
    ]);
    for (const e of d.entries) entryIds[e.commissionerName] = e.id;
    expect((await staff.post(API, { regionCode: COUNTY, year: YEAR })).statusCode).toBe(409);
  });
});

describe('scoring', () => {
  it('refuses an item over its maximum, naming the item, and writes nothing', async () => {
    const res = await score('赵立新', { service_mode: 10.5 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('“服务方式”得分须在 0 到 10 分之间');
    expect(res.json().error.details[0].field).toBe('scores.service_mode');
    expect((await score('赵立新', { bonus: -1 })).json().error.message).toContain('加分项');
    expect((await score('赵立新', { nothing: 1 })).statusCode).toBe(400);
    expect((await entry('赵立新')).version).toBe(1);
  });

  it('grades at the cut-off edges exactly: 90 优秀, 89.5 良好, 80 良好, 79.5 合格, 60 合格, 59.5 不合格', async () => {
    // 钱进: service_count 20 pre-filled; the rest make the total.
    const cases: [Record<string, number>, number, string][] = [
      [{ service_mode: 10, agreement: 20, effect: 25, satisfaction: 15, bonus: 0 }, 90, '优秀'],
      [{ service_mode: 10, agreement: 20, effect: 24.5, satisfaction: 15, bonus: 0 }, 89.5, '良好'],
      [{ service_mode: 10, agreement: 15, effect: 20, satisfaction: 15, bonus: 0 }, 80, '良好'],
      [{ service_mode: 10, agreement: 15, effect: 19.5, satisfaction: 15, bonus: 0 }, 79.5, '合格'],
      [{ service_mode: 5, agreement: 10, effect: 15, satisfaction: 10, bonus: 0 }, 60, '合格'],
      [{ service_mode: 5, agreement: 10, effect: 14.5, satisfaction: 10, bonus: 0 }, 59.5, '不合格'],
    ];
    for (const [scores, total, label] of cases) {
      const res = await score('钱进', scores);
      expect(res.statusCode, res.body).toBe(200);
      expect([res.json().total, res.json().gradeLabel]).toEqual([total, label]);
      expect(res.json().extendable).toBe(label !== '不合格');
    }
    const full = await score('钱进', { service_mode: 10, agreement: 20, effect: 25, satisfaction: 15, bonus: 10 });
    expect([full.json().total, full.json().gradeLabel]).toEqual([100, '优秀']);
  });

  it('leaves the total open while an item is unscored', async () => {
    const res = await score('赵立新', { service_mode: 9, agreement: 18, effect: 22 });
    expect(res.json()).toMatchObject({ total: null, grade: null, extendable: false });
  });

  it('refuses another county’s staff and leaders', async () => {
    const e = await entry('赵立新');
    expect((await otherStaff.get(`${API}/${assessmentId}`)).statusCode).toBe(403);
    expect(
      (await otherStaff.put(`${API}/entries/${e.id}`, { scores: { bonus: 1 }, version: e.version })).statusCode,
    ).toBe(403);
    expect((await leader.put(`${API}/entries/${e.id}`, { scores: { bonus: 1 }, version: e.version })).statusCode).toBe(
      403,
    );
    expect((await leader.get(`${API}/${assessmentId}`)).statusCode).toBe(200);
  });
});

describe('satisfaction rated by the served enterprise', () => {
  it('lets an enterprise see and rate only commissioners whose logs name it', async () => {
    const ratable = (await dingfengUser.get(`${API}/ratable`)).json();
    expect(ratable).toEqual([
      {
        entryId: entryIds['赵立新'],
        year: YEAR,
        commissionerName: '赵立新',
        maxPoints: 15,
        myPoints: null,
        open: true,
      },
    ]);
    expect((await jinluUser.get(`${API}/ratable`)).json()).toEqual([]);
    expect((await jinluUser.put(`${API}/entries/${entryIds['赵立新']}/rating`, { points: 15 })).statusCode).toBe(403);
    expect((await dingfengUser.put(`${API}/entries/${entryIds['钱进']}/rating`, { points: 15 })).statusCode).toBe(403);
    expect((await dingfengUser.get(`${API}/${assessmentId}`)).statusCode).toBe(403);
    const over = await dingfengUser.put(`${API}/entries/${entryIds['赵立新']}/rating`, { points: 16 });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.message).toContain('服务对象满意度');
  });

  it('counts the rating as 满意度 and completes the grade', async () => {
    const res = await dingfengUser.put(`${API}/entries/${entryIds['赵立新']}/rating`, {
      points: 13.5,
      comment: '指导及时',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await score('赵立新', { bonus: 6 })).json()).toMatchObject({
      scores: { satisfaction: 13.5, service_count: 10 },
      total: 78.5,
      gradeLabel: '合格',
      extendable: true,
    });
    // Staff's own entry for 满意度 gives way to the enterprise's rating.
    expect((await score('赵立新', { satisfaction: 5 })).json()).toMatchObject({
      scores: { satisfaction: 13.5 },
      total: 78.5,
    });
    expect((await dingfengUser.get(`${API}/ratable`)).json()[0].myPoints).toBe(13.5);
  });
});

describe('the scheme as versioned data', () => {
  const items = [
    { key: 'service_mode', label: '服务方式', maxPoints: 20, source: 'staff' },
    { key: 'service_count', label: '服务次数', maxPoints: 30, source: 'logs' },
    { key: 'effect', label: '服务成效', maxPoints: 35, source: 'staff' },
    { key: 'satisfaction', label: '服务对象满意度', maxPoints: 20, source: 'satisfaction' },
  ];
  const cutoffs = [
    { grade: 'excellent', minTotal: 85 },
    { grade: 'good', minTotal: 75 },
    { grade: 'pass', minTotal: 60 },
  ];
  it('refuses maxima over 100 in total, and a county issuing one', async () => {
    const over = await provinceStaff.post('/api/v1/commissioner/assessment-schemes', {
      name: '科技特派员年度考核评分表（第2版）',
      source: '省科技厅通知',
      items,
      cutoffs,
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.message).toBe('各考核项满分合计 105 分，不能超过 100 分');
    const county = await staff.post('/api/v1/commissioner/assessment-schemes', {
      name: '科技特派员年度考核评分表（第2版）',
      source: '省科技厅通知',
      items: items.slice(1),
      cutoffs,
    });
    expect(county.statusCode).toBe(403);
    const ok = await provinceStaff.post('/api/v1/commissioner/assessment-schemes', {
      name: '科技特派员年度考核评分表（第2版）',
      source: '省科技厅通知',
      items: items.slice(1),
      cutoffs,
    });
    expect(ok.json()).toMatchObject({ version: 2 });
    // The open assessment keeps its scheme.
    expect((await entry('钱进')).scores).toHaveProperty('bonus', 10);
  });
});

describe('export, 公示 and facts', () => {
  it('exports the results, audited', async () => {
    const res = await staff.get(`${API}/${assessmentId}/export`);
    expect(res.statusCode).toBe(200);
    const audited = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'commissioner.assessment.export')
      .execute();
    expect(audited).toHaveLength(1);
    expect((await leader.get(`${API}/${assessmentId}/export`)).statusCode).toBe(403);
  });

  it('publishes once every entry is graded, through a 公示 draft, and closes scoring', async () => {
    const open = await score('赵立新', { bonus: null });
    expect(open.json().grade).toBeNull();
    const early = await staff.post(`${API}/${assessmentId}/publish`, { version: (await detail()).assessment.version });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('尚有 1 名科技特派员未完成评分：赵立新');
    await score('赵立新', { bonus: 6 });
    const d = await detail();
    expect(d.assessment.graded).toBe(2);
    const res = await staff.post(`${API}/${assessmentId}/publish`, { version: d.assessment.version });
    expect(res.statusCode, res.body).toBe(200);
    const notice = await t.db
      .selectFrom('public_notice')
      .select(['title', 'items'])
      .where('id', '=', res.json().noticeId)
      .executeTakeFirstOrThrow();
    expect(notice.title).toBe('关于2025年度科技特派员考核结果的公示');
    expect(JSON.stringify(notice.items)).toContain('合格（78.5 分）');
    expect((await detail()).assessment.status).toBe('published');
    expect((await score('钱进', { bonus: 1 })).statusCode).toBe(409);
  });

  it('states the grades of the year, with the entries behind them', async () => {
    const facts = factsWhere(await factsOf(staff, String(YEAR)), 'commissioner.assessment-grades');
    expect(facts.map((f) => [f.dimensions.grade, f.value, f.recordIds])).toEqual([
      ['excellent', '1', [entryIds['钱进']]],
      ['pass', '1', [entryIds['赵立新']]],
    ]);
    const linked = (await staff.get(`${API}?ids=${facts[0]!.recordIds.join(',')}`)).json();
    expect(linked.map((x: { id: number }) => x.id)).toEqual([assessmentId]);
    expect(facts[0]!.link).toBe(`/commissioner/assessments?ids=${entryIds['钱进']}`);
    expect(factsWhere(await factsOf(otherStaff, String(YEAR)), 'commissioner.assessment-grades')).toEqual([]);
  });
});
