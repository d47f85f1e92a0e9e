import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf, factsWhere } from '../../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/harness';
import {
  addAccount,
  COUNTY,
  EVAL_API,
  idByName,
  INCUBATOR_YEAR,
  MAKERSPACE_YEAR,
  roundOf,
  WEAK_MAKERSPACE_YEAR,
} from './evaluation.test-support';

const INCUBATOR = '陇西县科技企业孵化器';
const WEISHUI = '陇西渭水众创空间';
const SHOUYANG = '首阳中医药众创空间';

let t: TestApp;
let staff: TestClient;
let leader: TestClient;
let other: TestClient;
let operator: TestClient;
let qiye: TestClient;
const experts: Record<string, { id: number; client: TestClient }> = {};

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  leader = await t.as('leader');
  qiye = await t.as('qiye');
  other = await addAccount(t, 'eval_other_staff', { role: 'staff', regionCode: '621102' });
  const zhongzhi = await idByName(t, 'enterprise', '甘肃众智众创科技发展有限公司');
  operator = await addAccount(t, 'eval_zhongzhi', { role: 'enterprise', enterpriseId: zhongzhi });
  for (const u of ['expert', 'expert2']) {
    const id = (await t.db.selectFrom('app_user').select('id').where('username', '=', u).executeTakeFirstOrThrow()).id;
    experts[u] = { id, client: await t.as(u) };
  }
});
afterAll(() => t?.close());

const entryOf = (d: Awaited<ReturnType<typeof roundOf>>, name: string) =>
  d.entries.find((e) => e.platformName === name)!;
const auditCount = async (action: string) =>
  Number(
    (
      await t.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('action', '=', action)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the demo reproduces the 2022 H1 report (一.2 组织开展省级科技企业孵化器、众创空间综合评价工作)', () => {
  it('holds one graded 2022 round of the county’s three provincial platforms, with grades by the rules', async () => {
    const list = (await staff.get(`${EVAL_API}/rounds?year=2022`)).json();
    expect(list.total).toBe(1);
    expect(list.data[0]).toMatchObject({
      title: '2022年度省级科技企业孵化器、众创空间综合评价',
      state: 'graded',
      stateLabel: '已定级',
      openedOn: '2022-03-10',
      entries: 3,
      submitted: 3,
    });
    const d = await roundOf(staff, list.data[0].id);
    expect(d.entries.map((e) => [e.platformName, e.quantitativeScore, e.totalScore, e.grade]).sort()).toEqual(
      [
        [INCUBATOR, '30.44', '60.04', 'C'],
        [WEISHUI, '33.06', '64.66', 'C'],
        [SHOUYANG, '16.81', '39.51', 'D'],
      ].sort(),
    );
    expect(d.entries.every((e) => !e.revocationProposed)).toBe(true);
  });

  it('states the round and the results by grade for 2022 H1, with ids and links, and nothing for another county', async () => {
    const facts = await factsOf(staff, '2022H1');
    const [rounds] = factsWhere(facts, 'tech-platform.evaluation-rounds');
    expect(rounds).toMatchObject({
      value: '1',
      unit: '次',
      recordNames: ['2022年度省级科技企业孵化器、众创空间综合评价'],
    });
    expect(rounds.link).toBe(`/tech-platform/evaluation?ids=${rounds.recordIds[0]}`);
    const c = factsWhere(facts, 'tech-platform.evaluation-results', { grade: 'C' })[0];
    expect(c).toMatchObject({ value: '2', unit: '家', label: '综合评价合格（C）' });
    expect(c.recordNames?.sort()).toEqual([INCUBATOR, WEISHUI].sort());
    expect(factsWhere(facts, 'tech-platform.evaluation-results', { grade: 'D' })[0]).toMatchObject({
      value: '1',
      recordNames: [SHOUYANG],
    });
    expect(factsWhere(facts, 'tech-platform.evaluation-results', { grade: 'A' })).toEqual([]);
    const list = (await staff.get(`${EVAL_API}/results?ids=${c.recordIds.join(',')}`)).json();
    expect(list.map((e: { id: number }) => e.id)).toEqual(c.recordIds);
    expect(factsWhere(await factsOf(other, '2022H1'), 'tech-platform.evaluation-rounds')).toEqual([]);
    expect(factsWhere(await factsOf(staff, '2022H2'), 'tech-platform.evaluation-rounds')).toEqual([]);
  });
});

describe('a 2023 round from opening to 公示', () => {
  let roundId: number;
  const open = (client: TestClient, body: Record<string, unknown> = {}) =>
    client.post(`${EVAL_API}/rounds`, {
      regionCode: COUNTY,
      kinds: ['incubator', 'makerspace'],
      level: 'provincial',
      year: 2023,
      openedOn: '2023-03-01',
      ...body,
    });
  const move = async (to: string) => {
    const d = await roundOf(staff, roundId);
    return staff.post(`${EVAL_API}/rounds/${roundId}/transition`, { to, version: d.round.version });
  };

  it('is opened by the county’s staff only, once a year, for kinds that have a scheme', async () => {
    expect((await open(other)).statusCode).toBe(403);
    expect((await open(qiye)).statusCode).toBe(403);
    expect((await open(leader)).statusCode).toBe(403);
    const noScheme = await open(staff, { kinds: ['key_lab'] });
    expect(noScheme.statusCode).toBe(400);
    expect(noScheme.json().error.message).toBe('省级重点实验室尚无 2023 年适用的评价指标体系');
    const res = await open(staff);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      title: '2023年度省级科技企业孵化器、众创空间综合评价',
      state: 'open',
      entries: 3,
      submitted: 0,
    });
    roundId = res.json().id;
    const again = await open(staff);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('已在 2023 年度的评价批次中');
    expect(await auditCount('tech-platform.evaluation.open')).toBe(1);
  });

  it('lets the operator fill its own platform only, checking each figure against the scheme', async () => {
    const mine = await roundOf(operator, roundId);
    expect(mine.entries.map((e) => e.platformName)).toEqual([INCUBATOR]);
    const e = mine.entries[0];
    const bad = await operator.put(`${EVAL_API}/entries/${e.id}/data`, {
      data: { ...INCUBATOR_YEAR, incubatees: 20000 },
      submit: true,
      version: e.version,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('评价数据有误：“在孵企业数” 20000 超出范围 0～10000家');
    expect(bad.json().error.details).toEqual([
      { field: 'incubatees', message: '“在孵企业数” 20000 超出范围 0～10000家' },
    ]);
    expect((await roundOf(operator, roundId)).entries[0]).toMatchObject({ version: e.version, status: 'draft' });

    // Another enterprise's user, and this operator on another's platform, are refused.
    expect((await qiye.put(`${EVAL_API}/entries/${e.id}/data`, { data: {}, version: e.version })).statusCode).toBe(403);
    const shouyang = entryOf(await roundOf(staff, roundId), SHOUYANG);
    const foreign = await operator.put(`${EVAL_API}/entries/${shouyang.id}/data`, {
      data: {},
      version: shouyang.version,
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.message).toBe('只能填报本单位运营的平台');

    const ok = await operator.put(`${EVAL_API}/entries/${e.id}/data`, {
      data: INCUBATOR_YEAR,
      submit: true,
      version: e.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const after = (await roundOf(operator, roundId)).entries[0];
    expect(after).toMatchObject({ status: 'submitted', quantitativeScore: '50.13', experts: [] });
    const again = await operator.put(`${EVAL_API}/entries/${e.id}/data`, { data: {}, version: after.version });
    expect(again.statusCode).toBe(409);

    // Staff return it while the round is open, saying why; the operator is told and submits again.
    const ret = (body: Record<string, unknown>, client = staff) =>
      client.post(`${EVAL_API}/entries/${e.id}/return`, body);
    expect((await ret({ reason: '在孵企业数与火炬统计不一致', version: after.version }, other)).statusCode).toBe(403);
    expect((await ret({ reason: '在孵企业数与火炬统计不一致', version: after.version }, operator)).statusCode).toBe(
      403,
    );
    const noReason = await ret({ reason: ' ', version: after.version });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('退回原因至少 2 个字');
    expect((await ret({ reason: '在孵企业数与火炬统计不一致', version: after.version })).statusCode).toBe(200);
    const returned = (await roundOf(operator, roundId)).entries[0];
    expect(returned).toMatchObject({ status: 'draft', quantitativeScore: null });
    const told = await t.db
      .selectFrom('message as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select('m.body')
      .where('u.username', '=', 'eval_zhongzhi')
      .where('m.title', '=', `评价数据退回：${INCUBATOR}`)
      .executeTakeFirstOrThrow();
    expect(told.body).toContain('在孵企业数与火炬统计不一致');
    const resubmit = await operator.put(`${EVAL_API}/entries/${e.id}/data`, {
      data: INCUBATOR_YEAR,
      submit: true,
      version: returned.version,
    });
    expect(resubmit.statusCode, resubmit.body).toBe(200);
    const event = await t.db
      .selectFrom('enterprise_event')
      .select('detail')
      .where('kind', '=', 'evaluation-submitted')
      .where('ref_id', '=', e.id)
      .executeTakeFirstOrThrow();
    expect(event.detail).toBe('定量得分 50.13 分');
  });

  it('goes to review only when every platform has submitted (staff fill on behalf), and never skips a state', async () => {
    const early = await move('reviewing');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('尚未提交评价数据，不能进入评审');
    for (const [name, data] of [
      [WEISHUI, MAKERSPACE_YEAR],
      [SHOUYANG, WEAK_MAKERSPACE_YEAR],
    ] as const) {
      const e = entryOf(await roundOf(staff, roundId), name);
      expect((await other.put(`${EVAL_API}/entries/${e.id}/data`, { data, version: e.version })).statusCode).toBe(403);
      const res = await staff.put(`${EVAL_API}/entries/${e.id}/data`, { data, submit: true, version: e.version });
      expect(res.statusCode, res.body).toBe(200);
    }
    const skip = await move('graded');
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toBe('评价批次状态不能从“开放填报”变为“已定级”，当前只能变为“评审中”');
    expect((await move('reviewing')).statusCode).toBe(200);
    const late = entryOf(await roundOf(staff, roundId), INCUBATOR);
    expect(
      (await staff.put(`${EVAL_API}/entries/${late.id}/data`, { data: {}, version: late.version })).statusCode,
    ).toBe(409);
  });

  it('refuses an expert in conflict with the operator, and a score outside the scheme’s range', async () => {
    const d = await roundOf(staff, roundId);
    const incubator = entryOf(d, INCUBATOR);
    const conflict = await staff.post(`${EVAL_API}/assign-experts`, {
      entryIds: [incubator.id],
      expertIds: [experts.expert2.id],
    });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.message).toContain('专家“周专家”与运营单位“甘肃众智众创科技发展有限公司”存在利益冲突');
    expect((await roundOf(staff, roundId)).entries.every((e) => e.experts.length === 0)).toBe(true);
    const ids = d.entries.map((e) => e.id);
    expect(
      (await other.post(`${EVAL_API}/assign-experts`, { entryIds: ids, expertIds: [experts.expert.id] })).statusCode,
    ).toBe(403);
    const ok = await staff.post(`${EVAL_API}/assign-experts`, { entryIds: ids, expertIds: [experts.expert.id] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().added).toBe(3);

    const task = entryOf(await roundOf(staff, roundId), INCUBATOR).experts[0];
    const out = await experts.expert.client.put(`${EVAL_API}/expert-tasks/${task.id}`, {
      scores: { service: 41, effect: 27, summary: 27 },
      submit: true,
      version: task.version,
    });
    expect(out.statusCode).toBe(400);
    expect(out.json().error.message).toBe('评分有误：“服务体系与运营管理”的分数 41 超出范围 0～40');
    const notTheirs = await experts.expert2.client.put(`${EVAL_API}/expert-tasks/${task.id}`, {
      scores: { service: 36, effect: 27, summary: 27 },
      version: task.version,
    });
    expect(notTheirs.statusCode).toBe(403);
  });

  it('grades on the cut-offs: 85.00 is A, 75.00 is B, and a second consecutive D proposes 摘牌 and alerts the staff', async () => {
    const sheets: Record<string, [Record<string, number>, string]> = {
      [INCUBATOR]: [{ service: 36, effect: 27, summary: 27 }, '16.87'], // 50.13 + 18.00 + 16.87 = 85.00
      [WEISHUI]: [{ service: 30, effect: 22, summary: 23 }, '18.62'], // 41.38 + 15.00 + 18.62 = 75.00
      [SHOUYANG]: [{ service: 20, effect: 15, summary: 17 }, '10'], // 16.81 + 10.40 + 10 = 37.21
    };
    // The expert sees the platforms assigned to them, and only their own task.
    const theirs = await roundOf(experts.expert.client, roundId);
    expect(theirs.entries).toHaveLength(3);
    expect(theirs.entries.every((e) => e.experts.length === 1 && e.experts[0].expertId === experts.expert.id)).toBe(
      true,
    );
    for (const e of theirs.entries) {
      const [scores] = sheets[e.platformName];
      const t1 = e.experts[0];
      const res = await experts.expert.client.put(`${EVAL_API}/expert-tasks/${t1.id}`, {
        scores,
        submit: true,
        version: t1.version,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const early = await move('graded');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('尚无地方管理评价得分');
    for (const e of (await roundOf(staff, roundId)).entries) {
      const over = await staff.put(`${EVAL_API}/entries/${e.id}/management`, { score: '20.5', version: e.version });
      expect(over.statusCode).toBe(400);
      expect(over.json().error.message).toBe('地方管理评价得分 20.5 超出范围 0～20');
      expect(
        (await other.put(`${EVAL_API}/entries/${e.id}/management`, { score: '10', version: e.version })).statusCode,
      ).toBe(403);
      const res = await staff.put(`${EVAL_API}/entries/${e.id}/management`, {
        score: sheets[e.platformName][1],
        version: e.version,
      });
      expect(res.statusCode, res.body).toBe(200);
      // A second save on the version read is stale: refused, the first score kept.
      const stale = await staff.put(`${EVAL_API}/entries/${e.id}/management`, { score: '1', version: e.version });
      expect(stale.statusCode).toBe(409);
    }
    expect((await roundOf(staff, roundId)).entries.map((e) => e.managementScore).sort()).toEqual([
      '10.00',
      '16.87',
      '18.62',
    ]);
    const staffId = (
      await t.db.selectFrom('app_user').select('id').where('username', '=', 'staff').executeTakeFirstOrThrow()
    ).id;
    const res = await move('graded');
    expect(res.statusCode, res.body).toBe(200);
    const d = await roundOf(staff, roundId);
    expect(d.entries.map((e) => [e.platformName, e.totalScore, e.grade, e.revocationProposed]).sort()).toEqual(
      [
        [INCUBATOR, '85.00', 'A', false],
        [WEISHUI, '75.00', 'B', false],
        [SHOUYANG, '37.21', 'D', true],
      ].sort(),
    );
    expect(entryOf(d, SHOUYANG).revocationReason).toBe(
      '2022 年、2023 年连续 2 次评价为不合格（D），建议摘牌（撤销认定）',
    );
    const alert = await t.db
      .selectFrom('message')
      .select(['title', 'body'])
      .where('user_id', '=', staffId)
      .where('title', '=', `建议摘牌：${SHOUYANG}`)
      .executeTakeFirst();
    expect(alert?.body).toContain('连续 2 次评价为不合格');
    // The other county's staff were not told.
    const otherId = (
      await t.db
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', 'eval_other_staff')
        .executeTakeFirstOrThrow()
    ).id;
    expect(await t.db.selectFrom('message').select('id').where('user_id', '=', otherId).execute()).toEqual([]);
  });

  it('exports the results audited, to the bureau only', async () => {
    expect((await operator.get(`${EVAL_API}/rounds/${roundId}/export`)).statusCode).toBe(403);
    expect((await other.get(`${EVAL_API}/rounds/${roundId}/export`)).statusCode).toBe(403);
    const before = await auditCount('tech-platform.evaluation.export');
    const res = await leader.get(`${EVAL_API}/rounds/${roundId}/export`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(await auditCount('tech-platform.evaluation.export')).toBe(before + 1);
  });

  it('drafts the 公示 of the grades through the shared 公示 table', async () => {
    const res = await move('published');
    expect(res.statusCode, res.body).toBe(200);
    const d = await roundOf(staff, roundId);
    expect(d.round.state).toBe('published');
    expect(d.history.map((m) => `${m.fromState ?? ''}→${m.toLabel}`)).toEqual([
      '→开放填报',
      'open→评审中',
      'reviewing→已定级',
      'graded→已公示',
    ]);
    expect(d.history.every((m) => m.actorName === '王科员')).toBe(true);
    const notice = await t.db
      .selectFrom('public_notice')
      .selectAll()
      .where('kind', '=', 'tech-platform-evaluation')
      .executeTakeFirstOrThrow();
    expect(notice.title).toBe('关于2023年度省级科技企业孵化器、众创空间综合评价结果的公示');
    expect(notice.status).toBe('draft');
    const items = notice.items as { tier: string; stage: string }[];
    expect(items.map((i) => i.stage).sort()).toEqual(['A（优秀）', 'B（良好）', 'D（不合格）']);
    expect((await move('open')).statusCode).toBe(409);
  });

  it('states the 2023 round opened in 2023', async () => {
    const [rounds] = factsWhere(await factsOf(staff, '2023H1'), 'tech-platform.evaluation-rounds');
    expect(rounds.recordIds).toEqual([roundId]);
  });
});

describe('who sees a round', () => {
  it('refuses another county’s staff and an enterprise with no platform in it', async () => {
    const id = (await staff.get(`${EVAL_API}/rounds?year=2022`)).json().data[0].id;
    expect((await other.get(`${EVAL_API}/rounds/${id}`)).statusCode).toBe(403);
    expect((await qiye.get(`${EVAL_API}/rounds/${id}`)).statusCode).toBe(403);
    expect((await qiye.get(`${EVAL_API}/rounds?year=2022`)).json().total).toBe(0);
    const all = (await roundOf(staff, id)).entries.map((e) => e.id).join(',');
    expect((await qiye.get(`${EVAL_API}/results?ids=${all}`)).json()).toEqual([]);
    expect((await operator.get(`${EVAL_API}/results?ids=${all}`)).json()).toHaveLength(1);
    expect((await other.get(`${EVAL_API}/rounds?year=2022`)).json().total).toBe(0);
    const own = await roundOf(operator, id);
    expect(own.entries.map((e) => e.platformName)).toEqual([INCUBATOR]);
    expect(own.entries[0].experts).toEqual([]);
  });
});

describe('the 艰苦边远地区 switch', () => {
  it('is set by the county’s staff and lowers the requirements of rounds opened after it', async () => {
    expect((await other.put(`${EVAL_API}/regions/${COUNTY}`, { hardshipArea: true, version: 0 })).statusCode).toBe(403);
    const set = await staff.put(`${EVAL_API}/regions/${COUNTY}`, { hardshipArea: true, version: 0 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ regionCode: COUNTY, hardshipArea: true, version: 1 });
    expect((await staff.put(`${EVAL_API}/regions/${COUNTY}`, { hardshipArea: false, version: 0 })).statusCode).toBe(
      409,
    );
    const round = await staff.post(`${EVAL_API}/rounds`, {
      regionCode: COUNTY,
      kinds: ['incubator'],
      level: 'provincial',
      year: 2024,
    });
    expect(round.statusCode, round.body).toBe(200);
    expect(round.json().hardshipArea).toBe(true);
    const e = (await roundOf(operator, round.json().id)).entries[0];
    const res = await operator.put(`${EVAL_API}/entries/${e.id}/data`, {
      data: INCUBATOR_YEAR,
      submit: true,
      version: e.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await roundOf(operator, round.json().id)).entries[0].quantitativeScore).toBe('57.17');
  });
});

describe('the indicator schemes', () => {
  it('are listed with their source, and a new version is issued at province level only, validated', async () => {
    const list = (await staff.get(`${EVAL_API}/schemes`)).json();
    expect(list.map((s: { name: string }) => s.name)).toContain('省级科技企业孵化器综合评价指标（2022 版）');
    const incubator = list.find((s: { kind: string }) => s.kind === 'incubator');
    expect(incubator.source).toContain('国科火字〔2019〕239号');
    const body = {
      kind: 'incubator',
      level: 'provincial',
      effectiveYear: 2025,
      name: '省级科技企业孵化器综合评价指标（2025 版）',
      source: '省科技厅通知（示例）',
      definition: incubator.definition,
    };
    expect((await staff.post(`${EVAL_API}/schemes`, body)).statusCode).toBe(403);
    const province = await addAccount(t, 'eval_province_staff', { role: 'staff', regionCode: '620000' });
    const bad = await province.post(`${EVAL_API}/schemes`, {
      ...body,
      definition: { ...incubator.definition, management: { maxScore: 25 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('须合计 100 分');
    const ok = await province.post(`${EVAL_API}/schemes`, body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, effectiveYear: 2025 });
  });
});
