import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphText, type ReportDetail } from '@kechuang/domain';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { documentText, figuresOf, generateReport } from './report.test-support';

/**
 * The same template writes another county's report for another period from that county's own records: 渭源县,
 * 2023年下半年, whose records this test lays down. Its figures are checked against counts taken over the records
 * directly, so they come from the records and not from the seed's text.
 */
const COUNTY = '621123';
let t: TestApp;
let staff: TestClient;
let report: ReportDetail;

async function seedCounty() {
  const names = [
    '渭源县丰禾农业科技有限公司',
    '甘肃渭河源药业有限公司',
    '渭源清源食品有限公司',
    '渭源县陇上马铃薯种业有限公司',
    '渭源县锦源包装有限公司',
  ];
  const ids: number[] = [];
  for (const [i, name] of names.entries()) {
    const row = await t.db
      .insertInto('enterprise')
      .values({
        region_code: COUNTY,
        name,
        name_initials: 'WY',
        name_pinyin: `weiyuan${i}`,
        credit_code: `91621123MA7WY0000${i}`,
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  const q = (enterprise: number, tier: string, stage: string, applied: string, certified: string | null) => ({
    region_code: COUNTY,
    enterprise_id: enterprise,
    tier,
    year: 2023,
    stage,
    applied_on: applied,
    certified_on: certified,
    created_by: null,
    updated_by: null,
  });
  await t.db
    .insertInto('qualification')
    .values([
      q(ids[0], 'tech_sme', 'certified', '2023-07-03', '2023-08-15'),
      q(ids[1], 'tech_sme', 'certified', '2023-07-05', '2023-09-20'),
      q(ids[2], 'tech_sme', 'certified', '2023-07-06', '2023-12-31'),
      // Outside the period: certified in the first half.
      q(ids[3], 'tech_sme', 'certified', '2023-02-01', '2023-06-30'),
      q(ids[1], 'provincial_innovative', 'publicizing', '2023-10-09', null),
      q(ids[3], 'provincial_innovative', 'recommended', '2023-10-10', null),
      q(ids[4], 'provincial_innovative', 'publicizing', '2023-11-01', null),
    ])
    .execute();
}

/** A count over the records themselves (not through the facts). */
async function handCount(where: ReturnType<typeof sql>) {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from qualification where region_code = ${COUNTY} and ${where}`.execute(t.db);
  return rows[0].n;
}

beforeAll(async () => {
  t = await createTestApp();
  await seedCounty();
  staff = await t.addUser({ username: 'weiyuan-staff', role: 'staff', region: COUNTY });
  report = await generateReport(t, staff, COUNTY, '2023H2');
});
afterAll(() => t?.close());

describe('another county and another period, from their own records', () => {
  it('is titled for 渭源县 and 2023年下半年', () => {
    expect(report.document.title).toBe('渭源县科学技术局2023年下半年工作总结');
    expect(report.document.opening[0].runs[0]).toEqual({ text: expect.stringMatching(/^2023年下半年，全县科技工作/) });
  });

  it('states the 入库 and the 省级科技创新型企业 figures the records give', async () => {
    const certified = await handCount(sql`tier = 'tech_sme' and certified_on between '2023-07-01' and '2023-12-31'`);
    const applying = await handCount(
      sql`tier = 'provincial_innovative' and applied_on between '2023-07-01' and '2023-12-31'`,
    );
    const publicizing = await handCount(
      sql`tier = 'provincial_innovative' and stage = 'publicizing' and applied_on between '2023-07-01' and '2023-12-31'`,
    );
    expect([certified, applying, publicizing]).toEqual([3, 3, 2]);
    const text = documentText(report.document);
    expect(text).toContain(`入库科技型企业${certified}户`);
    expect(text).toContain(
      `指导渭河源药业、锦源包装等${applying}家企业申报省级科技创新型企业，${publicizing}家企业进入公示阶段`,
    );
    const sme = figuresOf(report.document).find((f) => f.factKey === 'enterprise.certified')!;
    expect(sme.recordIds).toHaveLength(certified);
  });

  it('leaves out every sentence whose facts this county does not have, and nothing of 陇西县 shows', () => {
    const text = documentText(report.document);
    for (const absent of ['中央引导', '万元', '科研中心', '科技特派员6名', '陇西', '22户']) {
      expect(text).not.toContain(absent);
    }
    // The themes keep their heading sentences; the narrative sections stay whole.
    expect(report.document.sections[0].paragraphs.map((p) => p.id)).toEqual(
      expect.arrayContaining(['work-1', 'work-2']),
    );
    expect(report.document.sections[1].paragraphs).toHaveLength(4);
  });
});

describe('a city report over its counties: the same template with sums, and the counties ranked', () => {
  it('sums the counties’ records and ranks the counties on the indicators, each figure traced', async () => {
    const city = await t.addUser({ username: 'dingxi-staff', role: 'staff', region: '621100' });
    const cityReport = await generateReport(t, city, '621100', '2022H1');
    expect(cityReport.document.title).toBe('定西市科学技术局2022年上半年工作总结');
    expect(cityReport.document.opening[0].runs[0]).toEqual({ text: expect.stringContaining('全市科技工作') });
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from qualification
      where region_code like '6211%' and tier = 'tech_sme' and certified_on between '2022-01-01' and '2022-06-30'`.execute(
      t.db,
    );
    const text = documentText(cityReport.document);
    expect(text).toContain(`入库科技型企业${rows[0].n}户`);
    const ranking = cityReport.document.sections.find((s) => s.id === 'ranking')!;
    expect(ranking.heading).toBe('各县区主要指标排名');
    const sme = ranking.paragraphs.find((p) => paragraphText(p).startsWith('入库科技型中小企业'))!;
    const figures = sme.runs.flatMap((r) => ('figure' in r ? [r.figure] : []));
    expect(figures.reduce((n, f) => n + f.recordIds.length, 0)).toBe(rows[0].n);
    const values = figures.map((f) => Number(f.value));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(text).toContain('陇西县22户');
  });
});
