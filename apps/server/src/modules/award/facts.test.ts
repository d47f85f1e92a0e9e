import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf, factsWhere } from '../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { API, competition, ok, otherCountyStaff, programme } from './award.test-support';

let t: TestApp;
let staff: TestClient;
let other: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  other = await otherCountyStaff(t, 'award_facts_other');
});
afterAll(() => t?.close());

const names = (facts: { recordNames?: string[] }[]) => facts.map((f) => f.recordNames);

describe('award report facts', () => {
  it('states the winners of a period (together, by kind, level and programme) and the entries and awards', async () => {
    const p = await ok(staff, `${API}/programmes`, programme('事实测试评选', { year: 2015, level: 'provincial' }));
    const nominate = async (body: Record<string, unknown>, result?: Record<string, unknown>) => {
      const n = await ok(staff, `${API}/nominations`, {
        programmeId: p.id,
        category: 'worker_tech',
        nominatedOn: '2015-02-01',
        ...body,
      });
      if (result) await ok(staff, `${API}/nominations/${n.id}/result`, { version: 1, ...result });
      return n;
    };
    const h1 = { state: 'awarded', grade: 'first', announcedOn: '2015-06-30' };
    const a = await nominate({ nomineeKind: 'unit', unitName: '事实单位甲' }, h1);
    const b = await nominate({ nomineeKind: 'person', personName: '事实*乙', unitName: '事实单位甲' }, h1);
    await nominate(
      { nomineeKind: 'unit', unitName: '事实单位丙' },
      { state: 'not_awarded', announcedOn: '2015-06-30' },
    );
    await nominate({ nomineeKind: 'unit', unitName: '事实单位丁' });
    const late = await nominate({ nomineeKind: 'unit', unitName: '事实单位戊' }, { ...h1, announcedOn: '2015-07-01' });

    const facts = await factsOf(staff, '2015H1');
    const [together] = factsWhere(facts, 'award.winners');
    expect(together).toMatchObject({ value: '2', unit: '家', recordIds: [a.id, b.id], label: '获奖企事业单位及个人' });
    expect(together.recordNames).toEqual(['事实单位甲', '事实*乙（事实单位甲）']);
    expect(together.link).toBe(`/award/nominations?ids=${a.id},${b.id}`);
    expect(factsWhere(facts, 'award.winners-by-kind', { kind: 'unit' })[0]).toMatchObject({ value: '1', unit: '家' });
    expect(factsWhere(facts, 'award.winners-by-kind', { kind: 'person' })[0]).toMatchObject({ value: '1', unit: '人' });
    expect(factsWhere(facts, 'award.winners-by-level', { level: 'provincial' })[0]).toMatchObject({
      value: '2',
      label: '省级奖励获奖单位及个人',
    });
    expect(factsWhere(facts, 'award.winners-by-programme', { programmeId: String(p.id) })[0]).toMatchObject({
      value: '2',
      label: '事实测试评选获奖单位及个人',
      dimensions: { programmeId: String(p.id), year: '2015', level: 'provincial' },
    });
    const [year] = factsWhere(await factsOf(staff, '2015'), 'award.winners');
    expect(year.recordIds).toEqual([a.id, b.id, late.id]);
    expect(factsWhere(await factsOf(other, '2015'), 'award.winners')).toEqual([]);

    const c = await ok(staff, `${API}/competitions`, competition('事实测试大赛', { year: 2015, edition: 3 }));
    const enter = (body: Record<string, unknown>) =>
      ok(staff, `${API}/entries`, { competitionId: c.id, enteredOn: '2015-03-01', ...body });
    const e1 = await enter({ nomineeKind: 'person', personName: '选手*一', unitName: '某中学' });
    const e2 = await enter({ nomineeKind: 'person', personName: '选手*二', unitName: '某中学' });
    await ok(staff, `${API}/entries/${e1.id}/award`, { award: 'excellence', awardedOn: '2015-05-10', version: 1 });
    const again = await factsOf(staff, '2015H1');
    const [entries] = factsWhere(again, 'award.competition-entries', { competitionId: String(c.id) });
    expect(entries).toMatchObject({
      value: '2',
      unit: '人',
      recordIds: [e1.id, e2.id],
      label: '参加第三届事实测试大赛（甘肃赛区）',
    });
    expect(entries.link).toBe(`/award/entries?ids=${e1.id},${e2.id}`);
    const [awards] = factsWhere(again, 'award.competition-awards', { competitionId: String(c.id) });
    expect(awards).toMatchObject({ value: '1', recordIds: [e1.id] });
    expect(
      factsWhere(again, 'award.competition-awards-by-award', { competitionId: String(c.id), award: 'excellence' })[0],
    ).toMatchObject({
      value: '1',
      label: '第三届事实测试大赛（甘肃赛区）获优秀奖',
    });
    expect(
      names(factsWhere(await factsOf(staff, '2015H2'), 'award.competition-entries', { competitionId: String(c.id) })),
    ).toEqual([]);
  });
});
