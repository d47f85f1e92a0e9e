import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isIncubationKind, platformDateProblems, type TechPlatformState } from '@kechuang/domain';
import { factsOf, factsWhere } from '../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

let t: TestApp;
let leader: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  leader = await t.as('leader');
});
afterAll(() => t?.close());

const names = (f: { recordNames?: string[] }) => [...(f.recordNames ?? [])].sort();

describe('the demo reproduces the report’s platforms (2022 H1 §一.2, §一.5)', () => {
  it('组建马铃薯产业联盟, 筹备建设 3 科研中心, 建立引智引才基地2处', async () => {
    const facts = await factsOf(leader, '2022H1');
    const [alliances] = factsWhere(facts, 'tech-platform.alliances');
    expect(alliances).toMatchObject({ value: '1', recordNames: ['陇西县马铃薯产业技术创新联盟'] });
    const [preparing] = factsWhere(facts, 'tech-platform.preparing', { kind: 'rd_center' });
    expect(preparing.value).toBe('3');
    expect(names(preparing)).toEqual(
      ['鼎丰马铃薯脱毒种薯工程技术研究中心', '青龙管业管道新材料企业研发中心', '金麓银峰马铃薯科研中心'].sort(),
    );
    expect(factsWhere(facts, 'tech-platform.preparing')).toHaveLength(1);
    const [talent] = factsWhere(facts, 'tech-platform.new', { kind: 'talent_base' });
    expect(talent).toMatchObject({ value: '2', label: '新建（认定）引智基地' });
    expect(factsWhere(facts, 'tech-platform.new', { kind: 'alliance' })[0].value).toBe('1');
    expect(
      factsWhere(facts, 'tech-platform.new')
        .map((f) => f.dimensions.kind)
        .sort(),
    ).toEqual(['alliance', 'talent_base']);
    const standing = (kind: string, level: string, status: string) =>
      factsWhere(facts, 'tech-platform.platforms', { kind, level, status })[0]?.value;
    expect(standing('incubator', 'provincial', 'recognized')).toBe('1');
    expect(standing('makerspace', 'provincial', 'recognized')).toBe('2');
    expect(standing('rd_center', 'city', 'preparing')).toBe('3');
    expect(standing('alliance', 'county', 'building')).toBe('1');
    expect(standing('talent_base', 'city', 'recognized')).toBe('2');
    const link = (
      await leader.get(`/api/v1${alliances.link.replace('/tech-platform/platforms', '/tech-platform/platforms')}`)
    ).json();
    expect(link.data.map((p: { name: string }) => p.name)).toEqual(['陇西县马铃薯产业技术创新联盟']);
  });

  it('operates the platforms through the register’s enterprises, with members and incubatees', async () => {
    const rows = (await leader.get('/api/v1/tech-platform/platforms?keyword=马铃薯产业技术创新联盟')).json().data;
    expect(rows[0].operatorName).toBe('甘肃鼎丰马铃薯种业有限公司');
    expect(rows[0].members.filter((m: { enterpriseId: number | null }) => m.enterpriseId).length).toBe(4);
    const incubator = (
      await leader.get('/api/v1/tech-platform/platforms?kind=incubator&keyword=陇西县科技企业孵化器')
    ).json().data[0];
    const detail = (await leader.get(`/api/v1/tech-platform/platforms/${incubator.id}`)).json();
    expect(detail.incubatees.length).toBeGreaterThanOrEqual(3);
    expect(detail.history.map((h: { toState: string }) => h.toState)).toEqual(['building', 'recognized']);
    expect(detail.recognizedOn < '2022-01-01').toBe(true);
  });

  it('obeys the module’s own rules: dates fit each status, history ends in it, incubatees only in 孵化载体', async () => {
    const rows = await t.db.selectFrom('tech_platform').selectAll().execute();
    expect(rows.length).toBeGreaterThanOrEqual(9);
    for (const p of rows) {
      const dates = {
        status: p.status as TechPlatformState,
        preparingFrom: p.preparing_from,
        establishedOn: p.established_on,
        recognizedOn: p.recognized_on,
        documentNo: p.document_no,
      };
      expect(platformDateProblems(dates), p.name).toEqual([]);
      const history = await t.db
        .selectFrom('tech_platform_history')
        .select('to_state')
        .where('platform_id', '=', p.id)
        .orderBy('on_date')
        .orderBy('id')
        .execute();
      expect(history.at(-1)?.to_state, p.name).toBe(p.status);
    }
    const incubated = await t.db
      .selectFrom('tech_platform_incubatee as i')
      .innerJoin('tech_platform as p', 'p.id', 'i.platform_id')
      .select('p.kind')
      .execute();
    expect(incubated.length).toBeGreaterThanOrEqual(6);
    expect(incubated.every((i) => isIncubationKind(i.kind))).toBe(true);
  });
});
