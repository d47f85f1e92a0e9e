import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDetail, ReportDocument } from '@kechuang/domain';
import { unzipAll } from '../../platform/excel/excel.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { documentText, figuresOf, generateReport } from './report.test-support';

/**
 * The golden test: the product writes the bureau's 2022 H1 report of 陇西县 from the demo records, stating every
 * figure and named record the bureau's own report of that half-year gives (below, one by one); with redaction on, its
 * masked forms.
 */
let t: TestApp;
let staff: TestClient;
let report: ReportDetail;
let text: string;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  report = await generateReport(t, staff, '621122', '2022H1');
  text = documentText(report.document);
});
afterAll(() => t?.close());

/** Each figure of the bureau's report, as the generated report states it. */
const SEED_STATEMENTS: [string, string][] = [
  ['一.1 中央引导 by 众智众创 and 青龙管业', '组织众智众创、青龙管业谋划申报2022年度中央引导地方科技发展资金项目2项'],
  ['一.1 省级科技重大专项', '申报2022年省级科技重大专项计划项目2项'],
  ['一.1 科普示范基地 by 2 schools', '陇西二中、陇西思源中学等2家企事业单位申报省级科普示范基地项目2项'],
  ['一.1 provincial grants', '若干措施项目资金200万元'],
  ['一.1 R&D expenditure', '归集填报全社会研发经费7200万元'],
  ['一.2 the alliance', '组建马铃薯产业联盟'],
  ['一.2 3 R&D centres by name', '筹备建设鼎丰马铃薯、青龙管业、金麓银峰科研中心'],
  ['一.2 5 applying, 3 in 公示', '指导华硒生物、菜源商贸等5家企业申报省级科技创新型企业，3家企业进入公示阶段'],
  ['一.2 高企 applying', '指导青龙管业申报高企'],
  ['一.2 4 in cultivation by name', '加快对维尔沃、锦拓生物、通试试剂、仓宇包装等科技型企业培育工作'],
  ['一.2 22 入库', '入库科技型企业22户'],
  ['一.2 the evaluation round', '组织开展省级科技企业孵化器、众创空间综合评价工作'],
  ['一.3 3 成果登记 by name', '组织锦世化工、昌芳农业、远达食品开展科技成果登记工作'],
  [
    '一.3 8 award winners',
    '组织青龙管业、丰源薯业等企事业单位参加2022年职工技术成果奖和“五小”创新成果奖的评选工作，其中8家企事业单位及个人获奖',
  ],
  ['一.3 中国创新创业大赛 entrants', '积极组织鼎信陇源、金麓银峰等企业参加第十一届中国创新创业大赛'],
  ['一.3 中国创翼 entrant', '组织佳伟农业参加第五届“中国创翼”创业创新大赛'],
  ['一.4 2 agreements', '与无锡德瑞致远新材料科技有限公司、山东大民新材料有限公司等2家企业签订战略合作协议'],
  [
    '一.4 3 cooperation projects by pair',
    '促成诚泰药业与省农科院、希诺农牧业与甘农大、众智众创与市农科院签订科技合作项目3项',
  ],
  ['一.5 county commissioners', '聘任县级科技特派员6名'],
  ['一.5 5 commissioners trained', '组织5名第七批市级科技特派员参加2022年定西市科技特派员能力提升培训班'],
  [
    '一.5 foreign experts and 2 bases',
    '引进荷兰、英国等3名外国专家对爱味客、海升集团等企业进行技术指导服务，建立引智引才基地2处',
  ],
  ['一.6 进企业送服务', '邀请省生产力促进中心专家深入企业开展“进企业送服务”活动'],
  ['一.6 17 enterprises trained', '组织县域17家企业负责人参加全省科技型企业科技创新政策培训班'],
  ['一.6 4 entrants, 2 优秀奖', '4名选手参加甘肃省第七届科普讲解大赛预赛，其中2名选手荣获优秀奖'],
  ['一.6 the 2 campaigns', '以科技活动周、全国科技工作者日等活动为载体'],
];

const MASKED: [string, string][] = [
  ['*二中 and *思源中学', '*二中、*思源中学等2家企事业单位'],
  ['*大民', '*大民新材料有限公司等2家企业'],
  ['a masked count of county commissioners', '聘任县级科技特派员*名'],
  ['a masked count of foreign experts', '引进荷兰、英国等*名外国专家'],
  ['*市', '2022年*市科技特派员能力提升培训班'],
  ['*省', '*省第七届科普讲解大赛预赛'],
  ['*省 in 争引', '争引*省支持科技创新若干措施'],
];

describe('the generated 2022年上半年 report of 陇西县 states every figure of the seed', () => {
  it('has the seed’s structure: title, opening, 工作汇报 with six themes, 存在的问题, 下一步工作打算', () => {
    expect(report.document.title).toBe('陇西县科学技术局2022年上半年工作总结');
    expect(report.document.sections.map((s) => s.heading)).toEqual([
      '2022年上半年工作汇报',
      '存在的问题',
      '下一步工作打算',
    ]);
    const themes = report.document.sections[0].paragraphs.map((p) => p.runs[0]);
    expect(themes.map((r) => ('text' in r ? r.text.slice(0, 2) : ''))).toEqual([
      '一是',
      '二是',
      '三是',
      '四是',
      '五是',
      '六是',
    ]);
    expect(report.document.issuer).toBe('陇西县科学技术局');
  });

  it.each(SEED_STATEMENTS)('states %s', (_, statement) => {
    expect(text).toContain(statement);
  });

  it('traces 7200万元 to the 23 approved R&D forms and 22 入库 to its 22 records', () => {
    const figures = figuresOf(report.document);
    const rd = figures.find((f) => f.text === '7200万元')!;
    expect(rd).toMatchObject({ factKey: 'rd.approved-total', value: '72000000', recordType: 'rd_unit' });
    expect(rd.recordIds).toHaveLength(23);
    expect(rd.link).toBe(`/rd/review?ids=${rd.recordIds.join(',')}`);
    const sme = figures.find((f) => f.factKey === 'enterprise.certified')!;
    expect(sme).toMatchObject({ text: '22', dimensions: { tier: 'tech_sme' } });
    expect(sme.recordIds).toHaveLength(22);
  });

  it.each(MASKED)('with redaction on, shows %s', async (_, masked) => {
    const res = await staff.get(`/api/v1/reports/${report.id}/preview?redacted=1`);
    expect(res.statusCode, res.body).toBe(200);
    const redacted = documentText(res.json() as ReportDocument);
    expect(redacted).toContain(masked);
    expect(redacted).not.toContain('陇西');
  });

  it('states every figure in the DOCX too (word/document.xml), and the masked forms in the redacted one', async () => {
    const docxText = async (query: string) => {
      const res = await staff.get(`/api/v1/reports/${report.id}/docx${query}`);
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      expect(res.headers['content-type']).toContain('wordprocessingml');
      const xml = unzipAll(res.rawPayload)
        .find((e) => e.name === 'word/document.xml')!
        .data.toString('utf8');
      return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/g)]
        .map(([p]) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
        .join('\n');
    };
    const plain = await docxText('');
    for (const [what, statement] of SEED_STATEMENTS) expect(plain, what).toContain(statement);
    const redacted = await docxText('?redacted=1');
    for (const [what, masked] of MASKED) expect(redacted, what).toContain(masked);
    expect(redacted).not.toContain('陇西');
  });
});
