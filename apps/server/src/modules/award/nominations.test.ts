import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { API, COUNTY, enterpriseId, ok, programme, refused } from './award.test-support';

let t: TestApp;
let staff: TestClient;
let qinglong: number;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  qinglong = await enterpriseId(t, '甘肃青龙管业有限责任公司');
});
afterAll(() => t?.close());

const nomination = (programmeId: number, extra: Record<string, unknown> = {}) => ({
  programmeId,
  category: 'worker_tech',
  nomineeKind: 'unit',
  nominatedOn: '2019-03-01',
  ...extra,
});

describe('award programmes and nominations (推荐 → 获奖 / 未获奖)', () => {
  it('records a programme, lists it with filters, edits it under optimistic locking', async () => {
    const p = await ok(staff, `${API}/programmes`, programme('评选列表测试'));
    expect(p).toMatchObject({ regionName: '陇西县', level: 'city', categories: ['worker_tech', 'five_small'] });
    expect(p).toMatchObject({ nominations: 0, winners: 0, version: 1 });
    await ok(staff, `${API}/programmes`, programme('评选列表测试省级', { level: 'provincial', year: 2018 }));
    const byLevel = (await staff.get(`${API}/programmes?keyword=评选列表测试&level=city`)).json();
    expect(byLevel.data.map((r: { id: number }) => r.id)).toEqual([p.id]);
    expect((await staff.get(`${API}/programmes?keyword=评选列表测试&year=2018`)).json().total).toBe(1);
    expect((await staff.get(`${API}/programmes?ids=${p.id}`)).json().data).toEqual([p]);
    expect((await staff.get(`${API}/programmes/999999`)).statusCode).toBe(404);

    const edited = await staff.put(`${API}/programmes/${p.id}`, {
      version: 1,
      organiser: '甘肃省总工会',
      level: 'provincial',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ organiser: '甘肃省总工会', level: 'provincial', version: 2 });
    expect(await refused(await staff.put(`${API}/programmes/${p.id}`, { version: 1, remark: '过期' }), 409)).toContain(
      '已被',
    );
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('object_type', '=', 'award_programme')
      .where('object_id', '=', String(p.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['award.programme.create', 'award.programme.update']);
    expect(audit[1]).toMatchObject({ before: { level: 'city' }, after: { level: 'provincial' } });
  });

  it('refuses a bad programme with 400 naming the field', async () => {
    const bad = async (body: Record<string, unknown>) => refused(await staff.post(`${API}/programmes`, body), 400);
    expect(await bad(programme('甲'))).toContain('评选名称至少 2 个字');
    expect(await bad(programme('级别测试', { level: 'world' }))).toContain('级别须为国家级、省级、市级或县级');
    expect(await bad(programme('类别测试', { categories: [] }))).toContain('请至少选择一个奖项类别');
    expect(await bad(programme('类别测试', { categories: ['no_such'] }))).toContain(
      '奖项类别：“no_such”不是字典中的有效选项',
    );
    expect(await bad(programme('年度测试', { year: 1990 }))).toContain('年度不早于 2000');
    expect(await bad(programme('县区测试', { regionCode: '62112' }))).toContain('所属县区须为 6 位区划代码');
  });

  it('nominates units (an enterprise, an institution) and persons; refuses what does not fit', async () => {
    const p = await ok(staff, `${API}/programmes`, programme('推荐测试评选'));
    const unit = await ok(staff, `${API}/nominations`, nomination(p.id, { enterpriseId: qinglong, title: '管道工艺' }));
    expect(unit).toMatchObject({
      state: 'nominated',
      enterpriseId: qinglong,
      unitName: '甘肃青龙管业有限责任公司',
      enterpriseName: '甘肃青龙管业有限责任公司',
      programmeName: '推荐测试评选',
      regionCode: COUNTY,
    });
    const institution = await ok(staff, `${API}/nominations`, nomination(p.id, { unitName: '陇西县农业技术推广中心' }));
    expect(institution).toMatchObject({ enterpriseId: null, unitName: '陇西县农业技术推广中心', personName: null });
    const person = await ok(
      staff,
      `${API}/nominations`,
      nomination(p.id, {
        nomineeKind: 'person',
        personName: '李*明',
        enterpriseId: qinglong,
        contactPhone: '13812341234',
        category: 'five_small',
      }),
    );
    // The phone leaves masked, in the list and the detail (docs/rules.md §6.4); stored in full.
    expect(person.contactPhone).toBe('138****1234');
    const listed = (await staff.get(`${API}/nominations?programmeId=${p.id}&nomineeKind=person`)).json();
    expect(listed.data.map((n: { contactPhone: string }) => n.contactPhone)).toEqual(['138****1234']);
    const stored = await t.db
      .selectFrom('award_nomination')
      .select('contact_phone')
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(stored.contact_phone).toBe('13812341234');

    const bad = async (body: Record<string, unknown>, status = 400) =>
      refused(await staff.post(`${API}/nominations`, body), status);
    expect(await bad(nomination(p.id, { category: 'sci_tech_progress', unitName: '某单位' }))).toContain(
      '奖项类别：“sci_tech_progress”不是“推荐测试评选”评选的奖项类别',
    );
    expect(await bad(nomination(p.id))).toContain('单位名称：请选择企业或填写单位名称');
    expect(await bad(nomination(p.id, { nomineeKind: 'person', unitName: '某单位' }))).toContain(
      '姓名：个人推荐或参赛须填写姓名',
    );
    expect(await bad(nomination(999999, { unitName: '某单位' }))).toContain('评选：编号 999999 的评选不存在');
    expect(await bad(nomination(p.id, { enterpriseId: 999999 }))).toContain('所属企业：编号 999999 的企业不存在');
    expect(await bad(nomination(p.id, { unitName: '某单位', nominatedOn: '2019-02-30' }))).toContain(
      '推荐日期不是有效日期',
    );
    expect(await bad(nomination(p.id, { nomineeKind: 'person', personName: '王*', contactPhone: '123' }))).toContain(
      '联系电话须为 11 位手机号',
    );
    // A category still used cannot be taken off the programme.
    const drop = await staff.put(`${API}/programmes/${p.id}`, { version: p.version, categories: ['five_small'] });
    expect(await refused(drop, 409)).toBe('奖项类别“职工技术成果奖”已有推荐记录，不能从评选中移除');
  });

  it('records results as the transition table allows, with history, timeline and audit', async () => {
    const p = await ok(staff, `${API}/programmes`, programme('结果测试评选'));
    const n = await ok(
      staff,
      `${API}/nominations`,
      nomination(p.id, { enterpriseId: qinglong, title: '结果测试成果' }),
    );
    const result = (body: Record<string, unknown>, id = n.id) => staff.post(`${API}/nominations/${id}/result`, body);

    expect(await refused(await result({ state: 'awarded', announcedOn: '2019-05-01', version: 1 }), 400)).toContain(
      '获奖等级：登记获奖须填写获奖等级',
    );
    expect(
      await refused(await result({ state: 'awarded', grade: 'first', announcedOn: '2019-02-01', version: 1 }), 400),
    ).toContain('公布日期：2019-02-01 早于推荐日期 2019-03-01');
    expect(
      await refused(await result({ state: 'awarded', grade: 'gold_plus', announcedOn: '2019-05-01', version: 1 }), 400),
    ).toContain('获奖等级：“gold_plus”不是字典中的有效选项');
    // A result for a nomination that does not exist: 404 saying so.
    expect(
      await refused(
        await result({ state: 'awarded', grade: 'first', announcedOn: '2019-05-01', version: 1 }, 999999),
        404,
      ),
    ).toBe('获奖推荐记录不存在或已删除');
    // A stale version writes nothing.
    expect((await result({ state: 'awarded', grade: 'first', announcedOn: '2019-05-01', version: 7 })).statusCode).toBe(
      409,
    );

    const won = await result({
      state: 'awarded',
      grade: 'second',
      rank: 3,
      announcedOn: '2019-05-20',
      version: 1,
      comment: '市总工会公布',
    });
    expect(won.statusCode, won.body).toBe(200);
    expect(won.json()).toMatchObject({
      state: 'awarded',
      grade: 'second',
      rank: 3,
      announcedOn: '2019-05-20',
      version: 2,
    });
    expect((await staff.get(`${API}/programmes/${p.id}`)).json()).toMatchObject({ nominations: 1, winners: 1 });

    const again = await result({ state: 'not_awarded', announcedOn: '2019-05-21', version: 2 });
    expect(await refused(again, 409)).toBe('获奖推荐状态不能从“获奖”变为“未获奖”，评选结果已登记');

    const history = (await staff.get(`${API}/nominations/${n.id}/history`)).json();
    expect(history.map((h: { fromState: string | null; toState: string }) => [h.fromState, h.toState])).toEqual([
      [null, 'nominated'],
      ['nominated', 'awarded'],
    ]);
    expect(history[1].detail).toBe('获得职工技术成果奖二等奖，第 3 名；市总工会公布');
    const timeline = (await staff.get(`/api/v1/enterprises/${qinglong}/timeline`)).json();
    const mine = timeline.filter(
      (e: { module: string; title: string }) => e.module === 'award' && e.title.includes('结果测试评选'),
    );
    expect(mine.map((e: { kind: string }) => e.kind).sort()).toEqual(['award-nominated', 'award-won']);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('object_type', '=', 'award_nomination')
      .where('object_id', '=', String(n.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['award.nomination.create', 'award.nomination.result']);
    expect(audit[1].details).toMatchObject({ from: 'nominated', to: 'awarded' });

    const other = await ok(staff, `${API}/nominations`, nomination(p.id, { unitName: '未获奖单位' }));
    const lost = await staff.post(`${API}/nominations/${other.id}/result`, {
      state: 'not_awarded',
      announcedOn: '2019-05-20',
      version: 1,
    });
    expect(lost.json()).toMatchObject({ state: 'not_awarded', grade: null });
    const filtered = (await staff.get(`${API}/nominations?programmeId=${p.id}&state=awarded`)).json();
    expect(filtered.data.map((r: { id: number }) => r.id)).toEqual([n.id]);
  });

  it('edits a nomination’s fields; its state moves only through a result', async () => {
    const p = await ok(staff, `${API}/programmes`, programme('编辑推荐评选'));
    const n = await ok(staff, `${API}/nominations`, nomination(p.id, { unitName: '编辑前单位' }));
    const edited = await staff.put(`${API}/nominations/${n.id}`, {
      version: 1,
      unitName: '编辑后单位',
      title: '新成果',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ unitName: '编辑后单位', title: '新成果', state: 'nominated', version: 2 });
    const toPerson = await staff.put(`${API}/nominations/${n.id}`, { version: 2, nomineeKind: 'person' });
    expect(await refused(toPerson, 400)).toContain('姓名');
    const stale = await staff.put(`${API}/nominations/${n.id}`, { version: 1, title: '覆盖' });
    expect(stale.statusCode).toBe(409);
    expect((await staff.get(`${API}/nominations/${n.id}`)).json().title).toBe('新成果');
  });
});
