import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

let t: TestApp;
let staff: TestClient;
let leader: TestClient;
let taskId: number;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  leader = await t.as('leader');
  taskId = (await t.db.selectFrom('rd_task').select('id').where('period', '=', '2022H1').executeTakeFirstOrThrow()).id;
});
afterAll(() => t?.close());

describe('the demo reproduces 归集填报全社会研发经费 7200万元 (2022 H1)', () => {
  it('has an approved total of exactly 72000000.00 元 with the 23 units behind it', async () => {
    const res = await leader.get('/api/v1/rd/summary?period=2022H1');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.approvedTotal).toBe('72000000.00');
    expect(s.approvedTotalWan).toBe('7,200.00 万元');
    expect(s.units).toBe(23);
    expect(s.unitIds).toHaveLength(23);
    expect(s.taskIds).toEqual([taskId]);
    const sum = await t.db
      .selectFrom('rd_task_unit')
      .select((eb) => eb.fn.sum<string>('internal_total').as('s'))
      .where('id', 'in', s.unitIds)
      .executeTakeFirstOrThrow();
    expect(sum.s).toBe('72000000.00');
  });

  it('computes R&D intensity against the entered half-year GDP, naming its source', async () => {
    const s = (await staff.get('/api/v1/rd/summary?period=2022h1')).json();
    expect(s.intensity.gdp).toBe('5650000000.00');
    expect(s.intensity.percent).toBe('1.27');
    expect(s.intensity.gdpSource).toContain('县统计局');
    expect(s.intensity.text).toBe('研发经费内部支出 7,200.00 万元 ÷ 地区生产总值 565,000.00 万元 = 1.27%');
  });

  it('shows the trend over periods (2021 annual, 2022 H1)', async () => {
    const trend = (await staff.get('/api/v1/rd/trend')).json();
    expect(trend.map((p: { period: string }) => p.period)).toEqual(['2021', '2022H1']);
    expect(trend[1]).toMatchObject({ internalTotal: '72000000.00', units: 23, intensityPercent: '1.27' });
    expect(trend[0].units).toBe(28);
  });

  it('has review content: 2 未填, 1 已保存 with an error, 1 已提交 with an explained warning, 1 退回', async () => {
    const c = (await staff.get(`/api/v1/rd/tasks/${taskId}/completion`)).json();
    expect(c.overall).toMatchObject({
      units: 28,
      notFilled: 2,
      saved: 1,
      submitted: 1,
      approved: 23,
      returned: 1,
      reportedRate: '85.71',
    });
    const townships = c.byTownship.reduce((n: number, x: { units: number }) => n + x.units, 0);
    expect(townships).toBe(28);
    const findings = (await staff.get(`/api/v1/rd/tasks/${taskId}/findings?today=2022-07-21`)).json() as {
      code: string;
      enterpriseName: string;
      severity: string;
      explanation: string | null;
    }[];
    const byCode = (code: string) =>
      findings
        .filter((f) => f.code === code)
        .map((f) => f.enterpriseName)
        .sort();
    expect(byCode('not-reported')).toEqual(
      ['甘肃陇瑞电子科技有限公司', '陇西海升果业有限公司', '陇西恒通新材料有限公司', '陇西绿源环保科技有限公司'].sort(),
    );
    expect(byCode('by-source-sum-mismatch')).toEqual(['甘肃陇瑞电子科技有限公司']);
    const warn = findings.find((f) => f.code === 'tech-sme-below-rule')!;
    expect([warn.enterpriseName, warn.severity]).toEqual(['陇西德康医疗器械有限公司', 'warning']);
    expect(warn.explanation).toContain('下半年集中支出');
    // On the due date itself nobody is late yet.
    const onDue = (await staff.get(`/api/v1/rd/tasks/${taskId}/findings?today=2022-07-20&code=not-reported`)).json();
    expect(onDue).toEqual([]);
  });

  it('breaks the approved total down by township, industry, tier and performer, each adding up to the cent', async () => {
    const s = (await staff.get(`/api/v1/rd/tasks/${taskId}/summary`)).json();
    expect(s.total.internalTotal).toBe('72000000.00');
    for (const dim of ['byTownship', 'byIndustry', 'byTier', 'byPerformer']) {
      const cents = s[dim].reduce(
        (n: bigint, g: { internalTotal: string }) => n + BigInt(g.internalTotal.replace('.', '')),
        0n,
      );
      expect(cents, dim).toBe(7_200_000_000n);
    }
    expect(s.byTier.find((g: { key: string }) => g.key === 'high_tech')).toMatchObject({
      label: '高新技术企业',
      units: 1,
      internalTotal: '8650000.00',
    });
    expect(s.byIndustry.find((g: { key: string }) => g.key === '27')).toMatchObject({ label: '医药制造业' });
    expect(s.byPerformer).toEqual([expect.objectContaining({ key: 'enterprise', label: '企业', units: 23 })]);
    expect(s.intensity.percent).toBe('1.27');
  });

  it('estimates 加计扣除 per approved unit and in total with the rule engine', async () => {
    const d = (await staff.get(`/api/v1/rd/tasks/${taskId}/deductions`)).json();
    expect(d.rows).toHaveLength(23);
    const ql = d.rows.find((r: { enterpriseName: string }) => r.enterpriseName === '甘肃青龙管业有限责任公司');
    // 科技型中小企业 (and 制造业) in 2022: 100%; base = 1680万 − 仪器设备 184.8万 + 外部 84万 × 80% = 1562.4万.
    expect([ql.eligible, ql.expensedPercent, ql.expensedRd, ql.deduction]).toEqual([
      true,
      100,
      '15624000.00',
      '15624000.00',
    ]);
    expect(ql.lines.join('\n')).toContain('2022年第16号');
    const total = d.rows.reduce((n: bigint, r: { deduction: string }) => n + BigInt(r.deduction.replace('.', '')), 0n);
    expect(BigInt(d.total.deduction.replace('.', ''))).toBe(total);
  });
});
