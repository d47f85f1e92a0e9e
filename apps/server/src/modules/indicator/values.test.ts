import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorReadings } from '@kechuang/domain';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

let t: TestApp;
let staff: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

const valueCount = async () => (await t.db.selectFrom('indicator_value').select('id').execute()).length;

describe('hand-entered indicator values', () => {
  it('enters 加计扣除减免税额 with its source, audited, and the readings show it with the source', async () => {
    // Read first: the readings remember the values they computed, and an audited change must replace them.
    const before: IndicatorReadings = (await staff.get('/api/v1/indicators/readings?period=2022H1')).json();
    expect(before.rows.find((x) => x.key === 'rd-tax-deduction')?.actual).toBeNull();
    const res = await staff.put('/api/v1/indicators/values', {
      indicatorKey: 'rd-tax-deduction',
      period: '2022H1',
      value: '3250000.50',
      source: '国家税务总局陇西县税务局',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ regionCode: '621122', unit: '元', value: '3250000.50', version: 1 });
    const r: IndicatorReadings = (await staff.get('/api/v1/indicators/readings?period=2022H1')).json();
    expect(r.rows.find((x) => x.key === 'rd-tax-deduction')).toMatchObject({
      actual: '3250000.50',
      source: 'manual',
      manualSource: '国家税务总局陇西县税务局',
      recordIds: [],
      link: '',
    });
    const log = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'indicator.value.create')
      .execute();
    expect(log).toHaveLength(1);
    const list = (await staff.get('/api/v1/indicators/values?period=2022H1')).json();
    expect(list.map((v: { indicatorKey: string }) => v.indicatorKey)).toContain('rd-tax-deduction');
  });

  it('refuses a value without a source, an unknown period, a computed indicator, another county, writing nothing', async () => {
    const before = await valueCount();
    const base = { indicatorKey: 'tech-contracts', period: '2022H1', value: 100, source: '县科技局技术合同登记' };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ source: undefined }, 400, '请填写数据来源'],
      [{ source: ' ' }, 400, '请填写数据来源'],
      [{ period: '2022H3' }, 400, '统计期间须为年度（如 2022）或半年（如 2022H1、2022H2）'],
      [{ value: -5 }, 400, '指标值不能为负数'],
      [{ indicatorKey: 'tech-sme' }, 400, '由业务记录计算，不能手工录入'],
      [{ indicatorKey: 'nothing' }, 400, '指标代码 nothing 不存在'],
      [{ regionCode: '621102' }, 403, '不在您的管辖范围内'],
    ];
    for (const [patch, status, message] of cases) {
      const res = await staff.put('/api/v1/indicators/values', { ...base, ...patch });
      expect(res.statusCode, JSON.stringify(patch)).toBe(status);
      expect(res.json().error.message).toContain(message);
    }
    expect(await valueCount()).toBe(before);
  });

  it('keeps one GDP for the R&D intensity: the readings divide R&D by the hand-entered GDP', async () => {
    const gdp = await t.db
      .selectFrom('indicator_value')
      .select(['value', 'version'])
      .where('code', '=', 'gdp')
      .where('region_code', '=', '621122')
      .where('period', '=', '2022H1')
      .executeTakeFirstOrThrow();
    const res = await staff.put('/api/v1/indicators/values', {
      indicatorKey: 'gdp',
      period: '2022H1',
      value: '7200000000',
      source: '陇西县统计局',
      version: gdp.version,
    });
    expect(res.statusCode).toBe(200);
    const r: IndicatorReadings = (await staff.get('/api/v1/indicators/readings?period=2022H1')).json();
    // 7200 万元 ÷ 72 亿元 × 100 = 1.00
    expect(r.rows.find((x) => x.key === 'rd-intensity')?.actual).toBe('1.00');
  });
});
