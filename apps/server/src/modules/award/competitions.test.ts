import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { API, competition, enterpriseId, ok, refused } from './award.test-support';

let t: TestApp;
let staff: TestClient;
let dingxin: number;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  dingxin = await enterpriseId(t, '甘肃鼎信陇源生物科技有限公司');
});
afterAll(() => t?.close());

const entry = (competitionId: number, extra: Record<string, unknown> = {}) => ({
  competitionId,
  nomineeKind: 'unit',
  enteredOn: '2019-04-01',
  ...extra,
});

describe('competitions and entries (报名 → 初赛 → 复赛 → 决赛, awards)', () => {
  it('records a competition named as the report names it, lists and edits it', async () => {
    const c = await ok(staff, `${API}/competitions`, competition('中国创新创业大赛'));
    expect(c).toMatchObject({ displayName: '第九届中国创新创业大赛（甘肃赛区）', entries: 0, awarded: 0, version: 1 });
    const list = (await staff.get(`${API}/competitions?keyword=创新创业&year=2019&level=national`)).json();
    expect(list.data.map((r: { id: number }) => r.id)).toContain(c.id);
    expect((await staff.get(`${API}/competitions?ids=${c.id}`)).json().data).toEqual([c]);
    const edited = await staff.put(`${API}/competitions/${c.id}`, { version: 1, division: '定西赛区' });
    expect(edited.json()).toMatchObject({ displayName: '第九届中国创新创业大赛（定西赛区）', version: 2 });
    expect((await staff.put(`${API}/competitions/${c.id}`, { version: 1, division: '旧' })).statusCode).toBe(409);
    expect(await refused(await staff.post(`${API}/competitions`, competition('赛', {})), 400)).toContain(
      '大赛名称至少 2 个字',
    );
    expect(
      await refused(await staff.post(`${API}/competitions`, competition('届次测试', { edition: 0 })), 400),
    ).toContain('届次须大于 0');
  });

  it('enters units and persons, advances one stage at a time, records one award; history and timeline', async () => {
    const c = await ok(staff, `${API}/competitions`, competition('科普讲解大赛', { edition: 5, division: '预赛' }));
    const unit = await ok(staff, `${API}/entries`, entry(c.id, { enterpriseId: dingxin, projectTitle: '兽药提取' }));
    expect(unit).toMatchObject({
      stage: 'registered',
      award: null,
      unitName: '甘肃鼎信陇源生物科技有限公司',
      competitionName: '第五届科普讲解大赛（预赛）',
    });
    const person = await ok(
      staff,
      `${API}/entries`,
      entry(c.id, {
        nomineeKind: 'person',
        personName: '陈*娟',
        unitName: '陇西县第二中学',
        contactPhone: '13912345678',
      }),
    );
    expect(person.contactPhone).toBe('139****5678');
    expect(await refused(await staff.post(`${API}/entries`, entry(999999, { unitName: '某单位' })), 400)).toContain(
      '大赛：编号 999999 的大赛不存在',
    );
    expect(await refused(await staff.post(`${API}/entries`, entry(c.id, { nomineeKind: 'person' })), 400)).toContain(
      '姓名',
    );

    const advance = (id: number, body: Record<string, unknown>) => staff.post(`${API}/entries/${id}/advance`, body);
    expect(await refused(await advance(unit.id, { to: 'final', on: '2019-05-01', version: 1 }), 409)).toBe(
      '参赛阶段不能从“报名”变为“决赛”，当前只能晋级到“初赛”',
    );
    expect(await refused(await advance(unit.id, { to: 'preliminary', on: '2019-03-01', version: 1 }), 400)).toContain(
      '晋级日期：2019-03-01 早于报名日期 2019-04-01',
    );
    const reached = await advance(unit.id, { to: 'preliminary', on: '2019-05-01', version: 1 });
    expect(reached.json()).toMatchObject({ stage: 'preliminary', version: 2 });
    expect(await refused(await advance(unit.id, { to: 'registered', on: '2019-05-02', version: 2 }), 409)).toContain(
      '当前只能晋级到“复赛”',
    );
    expect((await advance(999999, { to: 'preliminary', on: '2019-05-01', version: 1 })).statusCode).toBe(404);

    const award = (id: number, body: Record<string, unknown>) => staff.post(`${API}/entries/${id}/award`, body);
    expect(await refused(await award(unit.id, { award: 'nope', awardedOn: '2019-05-02', version: 2 }), 400)).toContain(
      '所获奖项：“nope”不是字典中的有效选项',
    );
    const won = await award(unit.id, { award: 'excellence', awardedOn: '2019-05-02', version: 2 });
    expect(won.statusCode, won.body).toBe(200);
    expect(won.json()).toMatchObject({ award: 'excellence', awardedOn: '2019-05-02', version: 3 });
    expect(await refused(await award(unit.id, { award: 'first', awardedOn: '2019-05-03', version: 3 }), 409)).toBe(
      '参赛记录已登记所获奖项“优秀奖”（2019-05-02），不能再次登记',
    );
    expect((await staff.get(`${API}/competitions/${c.id}`)).json()).toMatchObject({ entries: 2, awarded: 1 });
    const awarded = (await staff.get(`${API}/entries?competitionId=${c.id}&awarded=true`)).json();
    expect(awarded.data.map((e: { id: number }) => e.id)).toEqual([unit.id]);
    expect((await staff.get(`${API}/entries?competitionId=${c.id}&stage=registered`)).json().data).toHaveLength(1);

    const history = (await staff.get(`${API}/entries/${unit.id}/history`)).json();
    expect(history.map((h: { toState: string }) => h.toState)).toEqual(['registered', 'preliminary', 'excellence']);
    const timeline = (await staff.get(`/api/v1/enterprises/${dingxin}/timeline`)).json();
    const kinds = timeline
      .filter((e: { module: string; title: string }) => e.module === 'award' && e.title.includes('第五届科普讲解大赛'))
      .map((e: { kind: string }) => e.kind)
      .sort();
    expect(kinds).toEqual(['competition-advanced', 'competition-award', 'competition-entered']);
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'award_entry')
      .where('object_id', '=', String(unit.id))
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['award.entry.create', 'award.entry.advance', 'award.entry.award']);

    const edited = await staff.put(`${API}/entries/${person.id}`, { version: 1, projectTitle: '马铃薯的科学' });
    expect(edited.json()).toMatchObject({ projectTitle: '马铃薯的科学', stage: 'registered', version: 2 });
  });
});
