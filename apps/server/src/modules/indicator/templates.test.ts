import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorTemplate } from '@kechuang/domain';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

let t: TestApp;
let staff: TestClient;
let builtIn: IndicatorTemplate[];
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  builtIn = (await staff.get('/api/v1/indicators/templates')).json();
});
afterAll(() => t?.close());

const body = (t: IndicatorTemplate, patch: Partial<IndicatorTemplate> = {}) => ({
  name: patch.name ?? `${t.name}（陇西）`,
  description: t.description,
  definitions: patch.definitions ?? t.definitions,
});

describe('indicator templates', () => {
  it('ships the Gansu county template and the 15-indicator 创新型县 set', () => {
    expect(builtIn.map((x) => x.name)).toEqual(['甘肃县级科技工作指标', '创新型县（市）建设监测指标（15 项）']);
    expect(builtIn[1].definitions).toHaveLength(15);
    const manual = builtIn[1].definitions.filter((d) => d.source === 'manual');
    expect(manual.find((d) => d.key === 'rd-tax-deduction')?.department).toBe('税务');
    expect(builtIn[1].definitions.find((d) => d.key === 'energy-per-gdp')?.direction).toBe('lower');
  });

  it('copies a built-in template into the county, then an edit writes version 2 and keeps version 1', async () => {
    const copied = await staff.post(`/api/v1/indicators/templates/${builtIn[0].id}/copy`, body(builtIn[0]));
    expect(copied.statusCode).toBe(200);
    const v1: IndicatorTemplate = copied.json();
    expect(v1).toMatchObject({ version: 1, current: true, builtIn: false, familyId: v1.id });
    const defs = v1.definitions.filter((d) => d.key !== 'cooperation');
    const edited = await staff.put(`/api/v1/indicators/templates/${v1.id}`, {
      ...body(v1, { definitions: defs }),
      version: 1,
    });
    expect(edited.statusCode).toBe(200);
    const v2: IndicatorTemplate = edited.json();
    expect(v2).toMatchObject({ version: 2, current: true, familyId: v1.id });
    expect(v2.definitions).toHaveLength(v1.definitions.length - 1);
    const old: IndicatorTemplate = (await staff.get(`/api/v1/indicators/templates/${v1.id}`)).json();
    expect(old).toMatchObject({ version: 1, current: false });
    expect(old.definitions).toHaveLength(v1.definitions.length);
    const again = await staff.put(`/api/v1/indicators/templates/${v1.id}`, { ...body(v1), version: 1 });
    expect(again.statusCode).toBe(409);
    const readings = (await staff.get(`/api/v1/indicators/readings?period=2022H1&template=${v2.id}`)).json();
    expect(readings.rows.map((r: { key: string }) => r.key)).toEqual(defs.map((d) => d.key));
    const log = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'indicator.template.%')
      .execute();
    expect(log.map((l) => l.action).sort()).toEqual(['indicator.template.copy', 'indicator.template.version']);
  });

  it('refuses editing a built-in template: it is copied', async () => {
    const res = await staff.put(`/api/v1/indicators/templates/${builtIn[0].id}`, { ...body(builtIn[0]), version: 1 });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('请先复制');
  });

  it('refuses a formula naming an unknown fact or a bad formula, naming the field, writing nothing', async () => {
    const count = () => t.db.selectFrom('indicator_template').select('id').execute();
    const before = (await count()).length;
    const withFormula = (formula: string) =>
      body(builtIn[0], {
        definitions: builtIn[0].definitions.map((d) => (d.key === 'tech-sme' ? { ...d, formula } : d)),
      });
    const unknown = await staff.post(
      `/api/v1/indicators/templates/${builtIn[0].id}/copy`,
      withFormula('enterprise.nothing'),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('definitions.1.formula');
    expect(unknown.json().error.message).toContain('不存在的报告事实 enterprise.nothing');
    const broken = await staff.post(
      `/api/v1/indicators/templates/${builtIn[0].id}/copy`,
      withFormula('enterprise.certified +'),
    );
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.message).toContain('计算公式有误');
    const noManual = await staff.post(
      `/api/v1/indicators/templates/${builtIn[0].id}/copy`,
      withFormula('rd.approved-total / @population'),
    );
    expect(noManual.statusCode).toBe(400);
    expect(noManual.json().error.message).toContain('@population 须是本模板中手工录入的指标');
    expect((await count()).length).toBe(before);
  });

  it('lets a leader read templates but not copy them', async () => {
    const leader = await t.as('leader');
    expect((await leader.get('/api/v1/indicators/templates')).statusCode).toBe(200);
    expect((await leader.post(`/api/v1/indicators/templates/${builtIn[0].id}/copy`, body(builtIn[0]))).statusCode).toBe(
      403,
    );
  });
});
