import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphText, type ReportDetail, type ReportDocument } from '@kechuang/domain';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { canonicalJson } from './generate-report';
import { documentText, generateReport, regenerateReport } from './report.test-support';

let t: TestApp;
let staff: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

const message = (res: { json(): { error: { message: string } } }) => res.json().error.message;
const platformsParagraph = (doc: ReportDocument) => doc.sections[0].paragraphs.find((p) => p.id === 'work-2')!;

/** The draft with the platforms paragraph edited by staff: a clause added in front of its first sentence. */
function withEdit(doc: ReportDocument): ReportDocument {
  const copy = structuredClone(doc);
  const p = platformsParagraph(copy);
  const first = p.runs[0];
  if ('text' in first) first.text = first.text.replace('二是', '二是（经核实）');
  return copy;
}

describe('a report’s life: draft, staff edits kept across re-generation, 定稿 with its hash, a new version', () => {
  let report: ReportDetail;

  it('refuses a period that does not exist, an unknown region and one outside the user’s, writing nothing', async () => {
    const bad = await staff.post('/api/v1/reports', { regionCode: '621122', period: '2022H3' });
    expect(bad.statusCode).toBe(400);
    expect(message(bad)).toContain('统计期间须为年度（如 2022）或半年（如 2022H1、2022H2）');
    const city = await t.addUser({ username: 'report-city', role: 'staff', region: '621100' });
    const nowhere = await city.post('/api/v1/reports', { regionCode: '621199', period: '2022H1' });
    expect(nowhere.statusCode).toBe(400);
    expect(message(nowhere)).toContain('区划 621199 不存在');
    expect((await staff.post('/api/v1/reports', { regionCode: '621102', period: '2022H1' })).statusCode).toBe(403);
    expect((await staff.get('/api/v1/reports')).json()).toEqual([]);
  });

  it('refuses a template placeholder naming an unknown fact, naming it, and keeps the template as it was', async () => {
    const [template] = (await staff.get('/api/v1/reports/templates')).json();
    const current = (await staff.get(`/api/v1/reports/templates/${template.id}`)).json();
    const body = structuredClone(current.body);
    body.opening[0].text += '新增{{count project.no-such-fact}}项。';
    const res = await staff.put(`/api/v1/reports/templates/${template.id}`, { body });
    expect(res.statusCode).toBe(400);
    expect(message(res)).toContain('占位符 {{count project.no-such-fact}} 引用的事实“project.no-such-fact”不存在');
    const broken = structuredClone(current.body);
    broken.opening[0].text += '{{count project.applications';
    expect(message(await staff.put(`/api/v1/reports/templates/${template.id}`, { body: broken }))).toContain('未成对');
    expect((await staff.get(`/api/v1/reports/templates/${template.id}`)).json().version).toBe(current.version);
  });

  it('generates a draft as a job, listed with its title', async () => {
    report = await generateReport(t, staff, '621122', '2022H1');
    expect(report).toMatchObject({ status: 'draft', version: 1, changes: [], finalHash: null });
    expect(report.indicators.find((i) => i.key === 'rd.intensity')).toMatchObject({ value: '1.27', unit: '%' });
    const list = (await staff.get('/api/v1/reports?regionCode=621122&period=2022H1')).json();
    expect(list).toEqual([
      expect.objectContaining({ id: report.id, regionName: '陇西县', title: '陇西县科学技术局2022年上半年工作总结' }),
    ]);
  });

  it('saves staff edits (the paragraph marked edited) and refuses a stale row version', async () => {
    const saved = await staff.put(`/api/v1/reports/${report.id}/document`, {
      document: withEdit(report.document),
      rowVersion: report.rowVersion,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(platformsParagraph(saved.json().document).edited).toBe(true);
    expect(report.document.sections[0].paragraphs.filter((p) => p.edited)).toEqual([]);
    const stale = await staff.put(`/api/v1/reports/${report.id}/document`, {
      document: report.document,
      rowVersion: report.rowVersion,
    });
    expect(stale.statusCode).toBe(409);
    report = saved.json();
  });

  it('re-generates after a record changed: the edit stays, its figure is refreshed, the change is listed', async () => {
    // One of the 22 入库 records is moved out of the period, and staff give 众智众创 another short name.
    const [moved] = platformsParagraph(report.document).runs.flatMap((r) =>
      'figure' in r && r.figure.factKey === 'enterprise.certified' ? r.figure.recordIds : [],
    );
    await t.db.updateTable('qualification').set({ certified_on: '2021-12-30' }).where('id', '=', moved).execute();
    const named = await staff.put('/api/v1/reports/short-names', {
      name: '甘肃众智众创科技发展有限公司',
      shortName: '众智公司',
    });
    expect(named.statusCode, named.body).toBe(200);

    report = await regenerateReport(t, staff, report.id);
    const text = paragraphText(platformsParagraph(report.document));
    expect(text).toContain('二是（经核实）科技创新平台建设逐步完善');
    expect(text).toContain('入库科技型企业21户');
    expect(report.changes).toContainEqual({
      paragraphId: 'work-2',
      factKey: 'enterprise.certified',
      before: '22',
      after: '21',
    });
    expect(documentText(report.document)).toContain('组织众智公司、青龙管业谋划申报');
  });

  it('refuses redaction with an empty term list, in Chinese', async () => {
    const saved = await staff.put('/api/v1/reports/redaction-terms', { terms: [], rules: { maskedFactKeys: [] } });
    expect(saved.statusCode, saved.body).toBe(200);
    const res = await staff.get(`/api/v1/reports/${report.id}/preview?redacted=1`);
    expect(res.statusCode).toBe(400);
    expect(message(res)).toContain('脱敏词表为空');
    expect((await staff.get(`/api/v1/reports/${report.id}/docx?redacted=1`)).statusCode).toBe(400);
  });

  it('finalises with the hash of the document; a final report cannot be edited or re-generated', async () => {
    const res = await staff.post(`/api/v1/reports/${report.id}/finalise`);
    expect(res.statusCode, res.body).toBe(200);
    const final: ReportDetail = res.json();
    const hash = createHash('sha256').update(canonicalJson(report.document)).digest('hex');
    expect(final).toMatchObject({ status: 'final', finalHash: hash, finalisedBy: expect.any(String) });
    expect(final.finalisedAt).not.toBeNull();
    const edit = await staff.put(`/api/v1/reports/${report.id}/document`, {
      document: report.document,
      rowVersion: final.rowVersion,
    });
    expect(edit.statusCode).toBe(409);
    expect(message(edit)).toContain('已定稿，不能修改');
    expect((await staff.post(`/api/v1/reports/${report.id}/regenerate`)).statusCode).toBe(409);
    expect((await staff.post(`/api/v1/reports/${report.id}/finalise`)).statusCode).toBe(409);
    report = final;
  });

  it('starts a new version from the final one, a draft with its text', async () => {
    const res = await staff.post(`/api/v1/reports/${report.id}/new-version`);
    expect(res.statusCode, res.body).toBe(200);
    const next: ReportDetail = (await staff.get(`/api/v1/reports/${res.json().reportId}`)).json();
    expect(next).toMatchObject({ status: 'draft', version: 2, finalHash: null });
    expect(next.document).toEqual(report.document);
    expect((await staff.post(`/api/v1/reports/${next.id}/new-version`)).statusCode).toBe(409);
  });

  it('audits every action', async () => {
    const rows = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'report.%')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'report.generate',
        'report.update',
        'report.short-name.save',
        'report.regenerate',
        'report.redaction.save',
        'report.finalise',
        'report.new-version',
      ]),
    );
  });
});
