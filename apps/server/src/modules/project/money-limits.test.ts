import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatYuanAmount, MONEY_LIMITS, type MoneyLimit } from '@kechuang/domain';
import { fillTemplate } from '../../../test/fill-template';
import { factSum, factsOf } from '../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { createCall, enterpriseId, insertApplication, upload } from './project.test-support';

// The money limits (MONEY_LIMITS): each field has a maximum, every stored column holds it, and ledger sums are
// unbounded numeric, so no accepted amount (nor a legacy row at the column's own maximum) can make a total 500.
let t: TestApp;
let staff: TestClient;
let project: { id: number; version: number };
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  const call = await createCall(staff);
  project = await insertApplication(t, {
    callId: call.id,
    enterpriseId: await enterpriseId(t, '金麓银峰'),
    state: 'in_progress',
  });
});
afterAll(() => t?.close());

const MAX = '10000000000.00'; // MONEY_LIMITS.fundingAmount, 100 亿元
const COLUMN_MAX = '9999999999999999.99'; // what numeric(18,2) holds; the old schema accepted it
const fund = (body: Record<string, unknown>) => staff.post('/api/v1/funding', { applicationId: project.id, ...body });
const grant = { kind: 'grant', sourceLevel: 'county', occurredOn: '2031-03-01', documentNo: '陇科发〔2031〕1号' };

describe('money columns', () => {
  // Every numeric column in 元 and the limit of the fields written to it.
  const COLUMNS: Record<string, MoneyLimit> = {
    'project_reserve.estimated_amount': 'projectAmount',
    'project_application.requested_amount': 'projectAmount',
    'project_application.approved_amount': 'projectAmount',
    'funding_record.amount': 'fundingAmount',
    ...Object.fromEntries(
      ['revenue', 'cost_total', 'rd_expense', 'rd_domestic', 'hightech_income', 'total_income', 'net_assets'].map(
        (c) => [`enterprise_yearly.${c}`, 'enterpriseYearly' as const],
      ),
    ),
    'enterprise_yearly.total_assets': 'enterpriseYearly',
    'rd_task_unit.revenue': 'enterpriseYearly',
    ...Object.fromEntries(
      [
        'internal_total',
        'labor',
        'materials',
        'depreciation',
        'equipment',
        'other_cost',
        'funds_own',
        'funds_government',
        'funds_other',
        'external_spend',
        'deduction_claimed',
      ].map((c) => [`rd_task_unit.${c}`, 'rdFigure' as const]),
    ),
    'rd_project.expenditure': 'rdFigure',
    'rd_project.government': 'rdFigure',
    'indicator_value.value': 'regionGdp',
    // An indicator's target may be money (全社会R&D经费): it takes values up to 1000 万亿, as a hand-entered GDP.
    'indicator_target.target': 'regionGdp',
    'indicator_target.half_year_target': 'regionGdp',
    ...Object.fromEntries(
      ['enterprise_amount', 'government_amount', 'partner_amount'].map((c) => [
        `cooperation_project.${c}`,
        'projectAmount' as const,
      ]),
    ),
    // 揭榜挂帅 (docs/rules.md §5.2): the demand's budget, the team's, the contract and its milestones' payments.
    ...Object.fromEntries(
      [
        'tech_demand.budget',
        'tech_demand_bid.budget',
        'tech_demand_contract.amount',
        'tech_demand_milestone.paid',
        'tech_demand_milestone.pay_county',
        'tech_demand_milestone.pay_enterprise',
        'tech_demand_milestone.pay_other',
        'tech_demand_milestone_report.pay_amount',
      ].map((c) => [c, 'projectAmount' as const]),
    ),
  };

  const NOT_MONEY = [
    'project_call.outlier_sd',
    'rd_check_rule.threshold',
    'tech_platform.site_area', // m²
    ...['quantitative_score', 'qualitative_score', 'management_score', 'total_score'].map(
      (c) => `tech_platform_eval_entry.${c}`,
    ),
    // 科技特派员: service days, coordinates and assessment points (docs/rules.md §5.1.1)
    'commissioner_service_log.days',
    'commissioner_service_log.latitude',
    'commissioner_service_log.longitude',
    'commissioner_assessment_entry.confirmed_days',
    'commissioner_assessment_entry.total',
    'commissioner_assessment_rating.points',
    'tech_demand.review_score', // 论证 points
  ];

  it('each hold the maximum of the fields stored in them', async () => {
    const { rows } = await sql<{ column: string; precision: number; scale: number }>`
      select table_name || '.' || column_name as column, numeric_precision as precision, numeric_scale as scale
      from information_schema.columns
      where table_schema = current_schema() and data_type = 'numeric'`.execute(t.db);
    const money = rows.filter((r) => !NOT_MONEY.includes(r.column));
    expect(money.map((r) => r.column).sort()).toEqual(Object.keys(COLUMNS).sort());
    for (const r of money) {
      expect(r.scale, r.column).toBe(2);
      expect(BigInt(MONEY_LIMITS[COLUMNS[r.column]!]) < 10n ** BigInt(r.precision - r.scale), r.column).toBe(true);
    }
  });
});

describe('the ledger at the limits', () => {
  // 1 × MAX through the API and 3 legacy rows at the column's maximum: far beyond numeric(18,2) in sum.
  const COUNTY_GRANTS = '30000009999999999.97';
  const GRANTED = '30000019999999999.97'; // + a provincial grant at MAX

  beforeAll(async () => {
    for (const body of [
      { ...grant, amount: MAX },
      { ...grant, sourceLevel: 'provincial', amount: MAX },
      { kind: 'matching', amount: MAX, occurredOn: '2031-03-02' },
    ]) {
      const res = await fund(body);
      expect(res.statusCode, res.body).toBe(200);
    }
    await t.db
      .insertInto('funding_record')
      .values(
        [1, 2, 3].map((n) => ({
          region_code: '621122',
          application_id: project.id,
          kind: 'grant',
          source_level: 'county',
          amount: COLUMN_MAX,
          occurred_on: `2031-04-0${n}`,
          voucher_no: null,
          document_no: null,
          remark: '历史数据（列的最大值）',
          created_by: null,
          updated_by: null,
        })),
      )
      .execute();
  });

  it('lists with the exact total', async () => {
    const res = await staff.get(`/api/v1/funding?applicationId=${project.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      total: 6,
      kindTotals: [
        {
          kind: 'grant',
          amount: GRANTED,
          count: 5,
          bySource: [
            { sourceLevel: 'provincial', amount: MAX, count: 1 },
            { sourceLevel: 'county', amount: COUNTY_GRANTS, count: 4 },
          ],
        },
        { kind: 'matching', amount: MAX, count: 1 },
      ],
    });
    const per = await staff.get(`/api/v1/applications/${project.id}/funding`);
    expect(per.statusCode, per.body).toBe(200);
    expect(per.json().totals).toEqual({ grant: GRANTED, allocation: '0.00', disbursement: '0.00', matching: MAX });
  });

  it('summarises the period exactly, by source and kind', async () => {
    const res = await staff.get('/api/v1/funding/summary?from=2031-01-01&to=2031-12-31');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    const county = s.bySource.find((b: { sourceLevel: string }) => b.sourceLevel === 'county');
    expect(county.grant).toMatchObject({ amount: COUNTY_GRANTS, count: 4 });
    expect(s.granted).toMatchObject({ amount: GRANTED, count: 5 });
    expect(s.matching).toMatchObject({ amount: MAX, count: 1 });
    expect(s.disbursed).toMatchObject({ amount: '0.00', count: 0 });
  });

  it('exports a valid workbook titled with the exact total of each kind', async () => {
    const res = await staff.get(`/api/v1/funding/export?applicationId=${project.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const title = String(wb.worksheets[0]!.getRow(1).getCell(1).value);
    expect(title).toContain(`下达资金 ${formatYuanAmount(GRANTED)} 元`);
    expect(title).toContain(`企业自筹配套 ${formatYuanAmount(MAX)} 元`);
  });

  it('gives the project report facts of the period with the exact sums', async () => {
    const facts = await factsOf(staff, '2031');
    expect(factSum(facts, 'project.funding', { kind: 'grant' })).toBe(GRANTED);
    expect(factSum(facts, 'project.funding', { kind: 'matching' })).toBe(MAX);
  });
});

describe('amounts over the limit', () => {
  it('are refused on the ledger with 400, naming the field and the limit', async () => {
    for (const amount of [COLUMN_MAX, '10000000000.01']) {
      const res = await fund({ ...grant, amount });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: '请求内容 · amount：金额不能超过 100 亿元',
      });
    }
    const rec = (await staff.get(`/api/v1/funding?applicationId=${project.id}&kind=matching`)).json().data[0];
    const put = await staff.put(`/api/v1/funding/${rec.id}`, { version: rec.version, amount: COLUMN_MAX });
    expect(put.statusCode, put.body).toBe(400);
    expect(put.json().error.message).toContain('金额不能超过 100 亿元');
  });

  it('are refused on an application, and on a GDP figure above its own limit', async () => {
    const call = await createCall(staff);
    const app = await staff.post('/api/v1/applications', {
      callId: call.id,
      enterpriseId: await enterpriseId(t, '金麓银峰'),
      title: '超限金额测试项目',
      requestedAmount: COLUMN_MAX,
    });
    expect(app.statusCode, app.body).toBe(400);
    expect(app.json().error.message).toContain('申请金额不能超过 100 亿元');
    const gdp = await staff.put('/api/v1/rd/indicators', {
      code: 'gdp',
      period: '2031H1',
      value: '1000000000000000.01',
      source: '县统计局',
    });
    expect(gdp.statusCode, gdp.body).toBe(400);
    expect(gdp.json().error.message).toContain('地区生产总值不能超过 1000 万亿元');
  });

  it('are refused row by row in the historical project import (万元), as ledger records', async () => {
    const unit = await t.db
      .selectFrom('enterprise')
      .select(['name', 'credit_code'])
      .where('region_code', '=', '621122')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const row = (n: number, money: Record<string, number>) => ({
      年度: 2016,
      计划类别: '县级科技计划',
      级别: '县级',
      项目名称: `限额导入测试项目${n}号`,
      承担单位: unit.name,
      统一社会信用代码: unit.credit_code,
      状态: '验收通过',
      立项日期: '2016-06-30',
      ...money,
    });
    const tpl = await staff.get('/api/v1/applications/import-template');
    const file = await fillTemplate(tpl.rawPayload, [
      row(1, { '中央资金（万元）': 1_000_000 }), // row 2: exactly 100 亿元
      row(2, { '中央资金（万元）': 1_000_000.01 }), // 3
      row(3, { '县级资金（万元）': 999_999_999_999.9999 }), // 4: the old column maximum in 万元
    ]);
    const up = await upload(t, staff, '/api/v1/applications/import', '历史项目.xlsx', file);
    expect(up.statusCode, up.body).toBe(200);
    await t.app.jobs.drain();
    const { result } = (await staff.get(`/api/v1/jobs/${up.json().jobId}`)).json();
    expect(result).toMatchObject({ totalRows: 3, failedRows: 2 });
    const byRow = new Map(result.problems.map((p: { row: number; message: string }) => [p.row, p.message]));
    expect(byRow.has(2)).toBe(false);
    expect(byRow.get(3)).toBe('中央资金（万元）：中央资金不能超过 100 亿元');
    expect(byRow.get(4)).toBe('县级资金（万元）：县级资金不能超过 100 亿元');
  });
});

describe('impossible dates', () => {
  it('get 400 naming the field, not a database error', async () => {
    const res = await fund({ ...grant, amount: '1.00', occurredOn: '2031-02-29' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toBe('请求内容 · occurredOn：日期不是有效日期：2031-02-29');

    const e = (await staff.get('/api/v1/enterprises?pageSize=1')).json().data[0];
    const put = await staff.put(`/api/v1/enterprises/${e.id}`, { version: e.version, foundedOn: '2022-02-30' });
    expect(put.statusCode, put.body).toBe(400);
    expect(put.json().error.message).toContain('成立日期不是有效日期：2022-02-30');

    for (const url of ['/api/v1/funding?from=2023-02-29', '/api/v1/funding/summary?from=2022-02-30&to=2022-06-30']) {
      const q = await staff.get(url);
      expect(q.statusCode, `${url} ${q.body}`).toBe(400);
      expect(q.json().error.message).toContain('起始日期不是有效日期');
    }
  });
});
