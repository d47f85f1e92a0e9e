import { describe, expect, it } from 'vitest';
import { DEFAULT_RD_RULE_CONFIG, type RdCheckCode, type RdRuleConfig } from './rd-check-rules';
import { checkNotReported, checkRdReport, type RdCheckContext, type RdCheckProject } from './rd-checks';
import type { TRdFigures } from './rd-fields';

// A complete, consistent form: 内部支出 100 万 = 40+30+10+15+5 by type = 80+10+10 by source; revenue 2000 万 (5%).
const BASE: TRdFigures = {
  staffTotal: 100,
  revenue: '20000000.00',
  rdStaff: 20,
  internalTotal: '1000000.00',
  labor: '400000.00',
  materials: '300000.00',
  depreciation: '100000.00',
  equipment: '150000.00',
  otherCost: '50000.00',
  fundsOwn: '800000.00',
  fundsGovernment: '100000.00',
  fundsOther: '100000.00',
  external: '0.00',
  deductionClaimed: null,
};
const CTX: RdCheckContext = { periodMonths: 12, isHighTech: false, isTechSme: false, previous: null };
const codes = (
  figures: Partial<TRdFigures>,
  ctx: Partial<RdCheckContext> = {},
  projects: RdCheckProject[] = [],
  rules?: RdRuleConfig,
) => checkRdReport({ figures: { ...BASE, ...figures }, projects }, { ...CTX, ...ctx }, rules).map((f) => f.code);

describe('a consistent form has no findings', () => {
  it('fires nothing', () => expect(codes({})).toEqual([]));
});

describe('each cross-check fires past its edge and not at it', () => {
  it.each<[string, Partial<TRdFigures>, Partial<RdCheckContext>, RdCheckCode | null]>([
    // R&D expense above revenue: equal is fine, one 分 more is not.
    ['研发 = 收入', { revenue: '1000000.00' }, {}, null],
    ['研发 > 收入 0.01', { revenue: '999999.99' }, {}, 'rd-above-revenue'],
    // R&D staff above total staff.
    ['研发人员 = 从业人员', { rdStaff: 100 }, {}, null],
    ['研发人员 > 从业人员', { rdStaff: 101 }, {}, 'rd-staff-above-total'],
    // Jump from the previous period (default 50%): exactly 50% is not a jump.
    ['+50% exactly', {}, { previous: { label: '2021年', internalTotal: '666666.67' } }, null],
    ['+50% by 1分', {}, { previous: { label: '2021年', internalTotal: '666666.66' } }, 'jump-from-previous'],
    ['−50% exactly', {}, { previous: { label: '2021年', internalTotal: '2000000.00' } }, null],
    ['−50% and a bit', {}, { previous: { label: '2021年', internalTotal: '2000000.02' } }, 'jump-from-previous'],
    ['previous 0 → no base', {}, { previous: { label: '2021年', internalTotal: '0' } }, null],
    // 高企: revenue 2000 万 → band ≤5000万 needs ≥5%; exactly 5% passes.
    ['高企 5.00%', {}, { isHighTech: true }, null],
    ['高企 4.99%', { revenue: '20040000.00' }, { isHighTech: true }, 'high-tech-below-band'],
    // Half-year: revenue 3000 万 in six months = 6000 万 a year → the 4% band; 100 万 / 3000 万 = 3.33% < 4%.
    [
      '高企 half-year band by doubled revenue',
      { revenue: '30000000.00' },
      { isHighTech: true, periodMonths: 6 },
      'high-tech-below-band',
    ],
    [
      '高企 same figures for a year: 3.33% < 5% band',
      { revenue: '30000000.00' },
      { isHighTech: true },
      'high-tech-below-band',
    ],
    [
      '高企 8333 万 revenue, 4% band, 1.2% fails',
      { revenue: '83333333.33' },
      { isHighTech: true },
      'high-tech-below-band',
    ],
    [
      '高企 2.5 亿 revenue, 3% band, exactly 3% with external',
      { revenue: '250000000.00', external: '6500000.00' },
      { isHighTech: true },
      null,
    ],
    [
      '高企 2.5 亿 revenue, 3% band, 1分 short',
      { revenue: '250000000.00', external: '6499999.99' },
      { isHighTech: true },
      'high-tech-below-band',
    ],
    // 科小: the lowest scoring band is 2%; exactly 2% passes.
    ['科小 2.00%', { revenue: '50000000.00' }, { isTechSme: true }, null],
    ['科小 1.99%', { revenue: '50250000.00' }, { isTechSme: true }, 'tech-sme-below-rule'],
    // External expenditure counts toward the intensity.
    ['科小 with external reaching 2%', { revenue: '60000000.00', external: '200000.00' }, { isTechSme: true }, null],
  ])('%s', (_name, figures, ctx, expected) => {
    const found = codes(figures, ctx);
    if (expected === null) expect(found).toEqual([]);
    else expect(found).toEqual([expected]);
  });
});

describe('sub-items and sums', () => {
  it.each<[string, Partial<TRdFigures>, RdCheckCode[]]>([
    ['by type off by 0.01', { otherCost: '50000.01' }, ['by-type-sum-mismatch']],
    ['by source off by 0.01', { fundsOther: '99999.99' }, ['by-source-sum-mismatch']],
    ['one type item above the total', { labor: '1000000.01' }, ['sub-item-above-total', 'by-type-sum-mismatch']],
    ['government above total', { fundsGovernment: '1000000.01' }, ['government-above-total', 'by-source-sum-mismatch']],
    [
      '0.10 + 0.20 = 0.30 exactly',
      {
        internalTotal: '0.30',
        labor: '0.10',
        materials: '0.20',
        depreciation: '0',
        equipment: '0',
        otherCost: '0',
        fundsOwn: '0.30',
        fundsGovernment: '0',
        fundsOther: '0',
        revenue: '1',
        staffTotal: 1,
        rdStaff: 1,
      },
      [],
    ],
  ])('%s', (_name, figures, expected) => expect(codes(figures)).toEqual(expected));

  it('names the field and the difference', () => {
    const [f] = checkRdReport({ figures: { ...BASE, otherCost: '50000.01' }, projects: [] }, CTX);
    expect(f.field).toBe('labor');
    expect(f.message).toContain(
      '按费用类别（人员劳务费、原材料费、折旧费与长期待摊费用、仪器和设备购置费、其他费用）之和 1,000,000.01 元',
    );
    expect(f.message).toContain('相差 0.01 元');
  });

  it('checks projects: government within each project, each within the total, their sum within the total', () => {
    const p = (expenditure: string, government = '0'): RdCheckProject => ({
      name: '马铃薯脱毒种薯',
      expenditure,
      government,
    });
    expect(codes({}, {}, [p('600000.00', '100000.00'), p('400000.00')])).toEqual([]);
    expect(codes({}, {}, [p('600000.00', '600000.01')])).toEqual(['project-government-above-expenditure']);
    expect(codes({}, {}, [p('600000.00'), p('400000.01')])).toEqual(['projects-above-internal']);
    expect(codes({}, {}, [p('1000000.01')])).toEqual(['sub-item-above-total', 'projects-above-internal']);
    const [f] = checkRdReport({ figures: BASE, projects: [p('1'), p('2', '3')] }, CTX);
    expect([f.field, f.message]).toEqual([
      'projects.1.government',
      '第 2 个研发项目“马铃薯脱毒种薯”的其中政府资金 3.00 元 大于该项目经费内部支出 2.00 元',
    ]);
  });

  it('reports missing required figures once, listing them', () => {
    const found = checkRdReport({ figures: { internalTotal: '10' }, projects: [] }, CTX);
    expect(found.map((f) => f.code)).toEqual(['required-missing']);
    expect(found[0].message).toBe(
      '尚未填写：从业人员期末人数、营业收入、研发人员数、人员劳务费、原材料费、折旧费与长期待摊费用、仪器和设备购置费、其他费用、企业自有资金、政府资金、其他资金、研发经费外部支出',
    );
  });
});

describe('configuration', () => {
  const rules = (patch: Partial<RdRuleConfig>): RdRuleConfig => ({ ...DEFAULT_RD_RULE_CONFIG, ...patch });
  it('takes the jump threshold from the config', () => {
    const prev = { previous: { label: '2021年', internalTotal: '800000.00' } }; // +25%
    expect(codes({}, prev)).toEqual([]);
    expect(
      codes({}, prev, [], rules({ 'jump-from-previous': { enabled: true, severity: 'warning', threshold: 20 } })),
    ).toEqual(['jump-from-previous']);
  });
  it('switches a rule off and changes its severity', () => {
    expect(
      codes(
        { revenue: '1' },
        {},
        [],
        rules({ 'rd-above-revenue': { enabled: false, severity: 'warning', threshold: null } }),
      ),
    ).toEqual([]);
    const [f] = checkRdReport(
      { figures: { ...BASE, revenue: '1' }, projects: [] },
      CTX,
      rules({ 'rd-above-revenue': { enabled: true, severity: 'error', threshold: null } }),
    );
    expect(f.severity).toBe('error');
  });
  it('attaches the unit explanation to its finding', () => {
    const [f] = checkRdReport(
      {
        figures: { ...BASE, revenue: '1' },
        projects: [],
        explanations: { 'rd-above-revenue': '新产品研发期，尚无销售' },
      },
      CTX,
    );
    expect([f.severity, f.explanation]).toEqual(['warning', '新产品研发期，尚无销售']);
  });
});

describe('not reported by the due date', () => {
  it.each<[string, string, boolean]>([
    ['not_filled', '2022-07-15', false], // on the due date itself
    ['not_filled', '2022-07-16', true],
    ['saved', '2022-07-16', true],
    ['returned', '2022-07-16', true],
    ['submitted', '2022-07-16', false],
    ['approved', '2022-08-01', false],
  ])('%s on %s → %s', (status, today, fires) => {
    const f = checkNotReported({ status, dueDate: '2022-07-15', today });
    expect(f !== null).toBe(fires);
    if (f) expect(f.message).toContain('截止日期 2022-07-15 已过');
  });
});
