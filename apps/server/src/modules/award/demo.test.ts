import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf, factsWhere } from '../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { API } from './award.test-support';

let t: TestApp;
let staff: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

const competitionFact = (facts: Awaited<ReturnType<typeof factsOf>>, key: string, label: string) =>
  facts.filter((f) => f.key === key && f.label.includes(label));

describe('the demo county’s awards and competitions reproduce the 2022 H1 report (docs/rules.md §0.2)', () => {
  it('一.3: 青龙管业、丰源薯业等 — 8家企事业单位及个人获奖', async () => {
    const facts = await factsOf(staff, '2022H1');
    const [winners] = factsWhere(facts, 'award.winners');
    expect(winners).toMatchObject({ value: '8', unit: '家' });
    expect(winners.recordNames).toEqual(expect.arrayContaining(['甘肃青龙管业有限责任公司', '甘肃丰源薯业有限公司']));
    const byKind = Object.fromEntries(
      factsWhere(facts, 'award.winners-by-kind').map((f) => [f.dimensions.kind, f.value]),
    );
    expect(byKind).toEqual({ unit: '5', person: '3' });
    const [programme] = factsWhere(facts, 'award.winners-by-programme');
    expect(programme.label).toBe('2022年职工技术成果奖和“五小”创新成果奖评选获奖单位及个人');
    // The link lists exactly those records.
    const linked = (await staff.get(`${API}/nominations?${winners.link.split('?')[1]}&pageSize=50`)).json();
    expect(linked.data.map((n: { id: number }) => n.id).sort()).toEqual([...winners.recordIds].sort());
    expect(
      linked.data.every(
        (n: { state: string; announcedOn: string }) => n.state === 'awarded' && n.announcedOn <= '2022-06-30',
      ),
    ).toBe(true);
  });

  it('一.3: 鼎信陇源、金麓银峰 in 第十一届中国创新创业大赛; 佳伟农业 in 第五届“中国创翼”省选拔赛', async () => {
    const facts = await factsOf(staff, '2022H1');
    const [cicc] = competitionFact(facts, 'award.competition-entries', '第十一届中国创新创业大赛');
    expect(cicc).toMatchObject({ value: '2', unit: '家' });
    expect(cicc.recordNames).toEqual(['甘肃鼎信陇源生物科技有限公司', '甘肃金麓银峰农业科技有限公司']);
    const [chuangyi] = competitionFact(facts, 'award.competition-entries', '第五届“中国创翼”创业创新大赛');
    expect(chuangyi).toMatchObject({ value: '1', recordNames: ['陇西佳伟农业发展有限公司'] });
    expect(chuangyi.label).toContain('省选拔赛');
  });

  it('一.6: 4名选手参加省第七届科普讲解大赛预赛，其中2名选手荣获优秀奖', async () => {
    const facts = await factsOf(staff, '2022H1');
    const [entries] = competitionFact(facts, 'award.competition-entries', '第七届甘肃省科普讲解大赛');
    expect(entries).toMatchObject({ value: '4', unit: '人' });
    const [awards] = competitionFact(facts, 'award.competition-awards-by-award', '第七届甘肃省科普讲解大赛');
    expect(awards).toMatchObject({
      value: '2',
      dimensions: { award: 'excellence' },
      label: '第七届甘肃省科普讲解大赛（预赛）获优秀奖',
    });
    const rows = (await staff.get(`${API}/entries?${entries.link.split('?')[1]}`)).json().data;
    expect(rows.map((r: { stage: string }) => r.stage)).toEqual([
      'preliminary',
      'preliminary',
      'preliminary',
      'preliminary',
    ]);
  });

  it('dates every demo record in 2022 H1 and obeys the module’s own rules', async () => {
    const inH1 = (d: string | null) => d === null || (d >= '2022-01-01' && d <= '2022-06-30');
    const nominations = await t.db.selectFrom('award_nomination').selectAll().execute();
    const entries = await t.db.selectFrom('award_entry').selectAll().execute();
    expect(nominations.length).toBe(10);
    expect(entries.length).toBe(7);
    for (const n of nominations) {
      expect(inH1(n.nominated_on) && inH1(n.announced_on)).toBe(true);
      expect(n.state === 'awarded' ? n.grade !== null : n.grade === null).toBe(true);
    }
    for (const e of entries) expect(inH1(e.entered_on) && inH1(e.awarded_on)).toBe(true);
    const events = await t.db.selectFrom('enterprise_event').select('at').where('module', '=', 'award').execute();
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.at.toISOString() < '2022-06-30T16:00:00.000Z').toBe(true);
    const history = await t.db.selectFrom('award_history').select(['subject', 'subject_id']).execute();
    expect(new Set(history.map((h) => `${h.subject}${h.subject_id}`)).size).toBe(17);
  });
});
