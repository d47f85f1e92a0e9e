import { describe, expect, it } from 'vitest';
import { evaluateTechSme } from './tech-sme';
import type { TTechSmeInput } from './tech-sme-schema';

// An eligible enterprise scoring 16 (25% staff) + 30 (4.2% of revenue) + 18 (3 Ⅱ类) = 64.
const BASE: TTechSmeInput = {
  staffTotal: 200,
  techStaff: 50,
  revenue: '10000000',
  rdExpense: 420000,
  costTotal: 9000000,
  totalAssets: 50000000,
  ipClassI: 0,
  ipClassII: 3,
  residentEnterprise: true,
  auditAccounting: true,
  industryCode: 'C3511',
  restrictedIndustry: false,
  majorIncident: false,
  abnormalList: false,
};
const run = (over: Partial<TTechSmeInput>) => evaluateTechSme({ ...BASE, ...over });

describe('worked example', () => {
  it('scores 64 and qualifies by score, with the officer-readable sentences', () => {
    const r = run({});
    expect(r.scores.techStaff.message).toBe(
      '科技人员占职工总数比例 25.00%（科技人员 50 人 / 职工总数 200 人），落在 25%–30% 档，得 16 分',
    );
    expect(r.scores.rd.byRevenue.message).toBe(
      '研发费用占销售收入比例 4.20%（研发费用 42.00 万元 / 销售收入 1,000.00 万元），落在 4%–5% 档，得 30 分',
    );
    expect(r.scores.rd.byCost.value).toBe('4.66%'); // 42/900 = 4.666…%, truncated
    expect(r.scores.ip.points).toBe(18);
    expect(r.scores.total).toBe(64);
    expect(r.verdict).toMatchObject({ qualifies: true, route: 'score' });
    expect(r.eligibility.passed).toBe(true);
  });
});

describe('科技人员 bands (lower bound inclusive)', () => {
  it.each([
    [150, 500, 'A', 20],
    [149, 500, 'B', 16],
    [125, 500, 'B', 16],
    [124, 500, 'C', 12],
    [100, 500, 'C', 12],
    [99, 500, 'D', 8],
    [75, 500, 'D', 8],
    [74, 500, 'E', 4],
    [50, 500, 'E', 4],
    [49, 500, 'F', 0],
    [0, 500, 'F', 0],
    [3, 10, 'A', 20],
  ])('%i / %i → band %s, %i points', (techStaff, staffTotal, band, points) => {
    const s = run({ techStaff, staffTotal }).scores.techStaff;
    expect([s.bandId, s.points]).toEqual([band, points]);
  });

  it('no staff at all scores 0 and fails the 科技人员 gate', () => {
    const r = run({ techStaff: 0, staffTotal: 0 });
    expect(r.scores.techStaff).toMatchObject({ value: null, points: 0 });
    expect(r.gates.find((g) => g.id === 'staff-score-gate')?.passed).toBe(false);
  });
});

describe('研发投入 route (1): R&D / revenue, revenue 1000 万元', () => {
  it.each([
    ['600000', 50],
    ['599999.99', 40],
    ['500000', 40],
    ['499999.99', 30],
    ['400000', 30],
    ['399999.99', 20],
    ['300000', 20],
    ['299999.99', 10],
    ['200000', 10],
    ['199999.99', 0],
  ])('研发费用 %s 元 → %i points', (rdExpense, points) => {
    expect(run({ rdExpense, revenue: '10000000' }).scores.rd.byRevenue.points).toBe(points);
  });

  it('exactly 6% even where float division says 5.999…% (4.02 / 67)', () => {
    const s = run({ rdExpense: 4.02, revenue: 67 }).scores.rd.byRevenue;
    expect([s.value, s.points]).toEqual(['6.00%', 50]);
  });

  it('zero revenue cannot be scored on this route', () => {
    const rd = run({ revenue: 0 }).scores.rd;
    expect(rd.byRevenue).toMatchObject({ value: null, points: 0 });
    expect(rd.byRevenue.message).toContain('销售收入为 0');
  });
});

describe('研发投入 route (2): R&D / 成本费用支出, cost 1000 万元', () => {
  it.each([
    ['3000000', 50],
    ['2999999.99', 40],
    ['2500000', 40],
    ['2499999.99', 30],
    ['2000000', 30],
    ['1999999.99', 20],
    ['1500000', 20],
    ['1499999.99', 10],
    ['1000000', 10],
    ['999999.99', 0],
  ])('研发费用 %s 元 → %i points', (rdExpense, points) => {
    expect(run({ rdExpense, costTotal: '10000000', revenue: '190000000' }).scores.rd.byCost.points).toBe(points);
  });
});

describe('the better R&D route is chosen', () => {
  it('revenue route wins: 6% of revenue (50) vs 6.67% of cost (0)', () => {
    const rd = run({ rdExpense: 600000, revenue: 10000000, costTotal: 9000000 }).scores.rd;
    expect([rd.chosen, rd.points, rd.byRevenue.points, rd.byCost.points]).toEqual(['revenue', 50, 50, 0]);
    expect(rd.message).toContain('按得分较高的“研发费用占销售收入比例”计 50 分');
  });

  it('cost route wins: 2.5% of revenue (10) vs 25% of cost (40)', () => {
    const rd = run({ rdExpense: 1000000, revenue: 40000000, costTotal: 4000000 }).scores.rd;
    expect([rd.chosen, rd.points, rd.byRevenue.points, rd.byCost.points]).toEqual(['cost', 40, 10, 40]);
    expect(rd.message).toContain('“研发费用占成本费用支出总额比例”计 40 分');
  });

  it('a tie keeps route (1) and says both scored the same', () => {
    const rd = run({ rdExpense: 600000, revenue: 10000000, costTotal: 2000000 }).scores.rd;
    expect([rd.chosen, rd.points]).toEqual(['revenue', 50]);
    expect(rd.message).toContain('两种口径得分相同');
  });
});

describe('科技成果 bands', () => {
  it.each([
    [1, 0, 30],
    [2, 10, 30],
    [0, 5, 24],
    [0, 4, 24],
    [0, 3, 18],
    [0, 2, 12],
    [0, 1, 6],
    [0, 0, 0],
  ])('Ⅰ类 %i, Ⅱ类 %i → %i points', (ipClassI, ipClassII, points) => {
    expect(run({ ipClassI, ipClassII }).scores.ip.points).toBe(points);
  });
});

describe('eligibility failures (each blocks even a full score)', () => {
  const strong = { techStaff: 100, rdExpense: 1000000, ipClassI: 1 }; // 20 + 50 + 30 = 100
  it.each<[string, Partial<TTechSmeInput>]>([
    ['resident', { residentEnterprise: false }],
    ['audit-accounting', { auditAccounting: false }],
    ['staff-limit', { staffTotal: 501, techStaff: 200 }],
    ['revenue-limit', { revenue: '200000000.01' }],
    ['assets-limit', { totalAssets: '200000000.01' }],
    ['not-restricted', { restrictedIndustry: true }],
    ['not-negative-list', { industryCode: 'F5211' }],
    ['not-negative-list', { industryCode: 'H6210' }],
    ['no-major-incident', { majorIncident: true }],
    ['not-abnormal-list', { abnormalList: true }],
  ])('%s fails', (id, over) => {
    const r = run({ ...strong, ...over });
    expect(r.scores.total).toBeGreaterThanOrEqual(60);
    expect(r.eligibility.conditions.filter((c) => !c.passed).map((c) => c.id)).toEqual([id]);
    expect(r.verdict.qualifies).toBe(false);
    expect(r.verdict.summary).toMatch(/^不符合科技型中小企业条件/);
  });

  it.each<[string, Partial<TTechSmeInput>]>([
    ['500 staff', { staffTotal: 500, techStaff: 200 }],
    ['revenue exactly 2 亿', { revenue: 200000000 }],
    ['assets exactly 2 亿', { totalAssets: '200000000.00' }],
  ])('%s is still within the ceiling (inclusive)', (_, over) => {
    expect(run({ ...strong, ...over }).eligibility.passed).toBe(true);
  });

  it('explains the ceiling in 万元 with 2 decimals, and in 元 where 万元 would read the same as the ceiling', () => {
    const limit = (revenue: string) =>
      run({ revenue }).eligibility.conditions.find((x) => x.id === 'revenue-limit')?.message;
    expect(limit('207040261.5')).toBe('年销售收入 20,704.03 万元，超过 20,000.00 万元');
    expect(limit('200000000.01')).toBe('年销售收入 200,000,000.01 元，超过 20,000.00 万元');
  });
});

describe('gates', () => {
  it('60 points exactly passes (20 + 40 + 0)', () => {
    const r = run({ techStaff: 60, staffTotal: 200, rdExpense: 500000, ipClassII: 0 });
    expect(r.scores.total).toBe(60);
    expect(r.verdict).toMatchObject({ qualifies: true, route: 'score' });
  });

  it('58 points fails (8 + 50 + 0)', () => {
    const r = run({ techStaff: 30, staffTotal: 200, rdExpense: 600000, ipClassII: 0 });
    expect(r.scores.total).toBe(58);
    expect(r.verdict.qualifies).toBe(false);
    expect(r.verdict.reasons).toContain('综合得分 58 分，低于 60 分');
  });

  it('80 points but 科技人员 0 fails', () => {
    const r = run({ techStaff: 19, staffTotal: 200, rdExpense: 600000, ipClassI: 1 });
    expect([r.scores.total, r.scores.techStaff.points]).toEqual([80, 0]);
    expect(r.verdict.qualifies).toBe(false);
    expect(r.verdict.reasons.join('；')).toContain('科技人员指标得 0 分');
  });
});

describe('direct qualification', () => {
  const weak = { techStaff: 0, rdExpense: 0, ipClassII: 0 }; // total 0
  it.each(['validHighTech', 'nationalAwardTop3In5y', 'provincialRdInstitution', 'ledStandardIn5y'] as const)(
    '%s qualifies an eligible enterprise regardless of score',
    (flag) => {
      const r = run({ ...weak, [flag]: true });
      expect(r.scores.total).toBe(0);
      expect(r.verdict).toMatchObject({ qualifies: true, route: 'direct' });
      expect(r.directRoutes.filter((x) => x.met).map((x) => x.id)).toEqual([flag]);
    },
  );

  it('does not rescue an enterprise that fails conditions (一)–(四)', () => {
    const r = run({ ...weak, validHighTech: true, totalAssets: 300000000 });
    expect(r.verdict).toMatchObject({ qualifies: false, route: null });
    expect(r.verdict.reasons.join('；')).toContain('直接认定须先满足');
  });
});

describe('input validation', () => {
  it('rejects more 科技人员 than 职工', () => {
    expect(() => run({ techStaff: 201 })).toThrow(/科技人员数不能超过职工总数/);
  });
  it('rejects a malformed amount', () => {
    expect(() => run({ revenue: '1,000' })).toThrow();
  });
});
