import { describe, expect, it } from 'vitest';
import { checkIndicatorData } from './check-indicator-data';
import { ZEvalSchemeDefinition } from './evaluation-scheme.schema';
import { SEED_EVAL_SCHEMES } from './seed-schemes';
import { scoreQuantitative } from './score-platform';

const scheme = (kind: string) => SEED_EVAL_SCHEMES.find((s) => s.kind === kind)!.definition;
const incubator = scheme('incubator');
const makerspace = scheme('makerspace');

// A county incubator's year, worked by hand below.
const year = {
  incubatees: 24,
  financedIncubatees: 3,
  graduated: 2,
  siteArea: '12000',
  incubateeArea: '9600',
  incubationFund: '3000000.00',
  serviceStaff: 4,
  staffTotal: 10,
  activities: 12,
};

describe('the seed schemes (docs/rules.md §5.4)', () => {
  it('are valid definitions whose parts add up to 100 points', () => {
    for (const s of SEED_EVAL_SCHEMES) expect(ZEvalSchemeDefinition.safeParse(s.definition).success).toBe(true);
  });
  it('refuse a definition whose weights do not add up to 100, or whose cut-offs are out of order', () => {
    const heavy = { ...incubator, management: { maxScore: 25 } };
    expect(ZEvalSchemeDefinition.safeParse(heavy).error?.issues[0].message).toBe(
      '定量指标权重 60 + 专家评价 20 + 管理评价 25 须合计 100 分',
    );
    const grades = [
      { grade: 'A', min: 75 },
      { grade: 'B', min: 85 },
      { grade: 'C', min: 60 },
      { grade: 'D', min: null },
    ];
    expect(ZEvalSchemeDefinition.safeParse({ ...incubator, grades }).error?.issues[0].message).toBe(
      '分数线须 A > B > C',
    );
  });
  it('refuse an indicator that reads a data item the scheme does not have', () => {
    const bad = {
      ...incubator,
      indicators: incubator.indicators.map((x, i) => (i === 0 ? { ...x, value: { kind: 'field', field: 'nope' } } : x)),
    };
    expect(ZEvalSchemeDefinition.safeParse(bad).error?.issues[0].message).toBe(
      '指标“专业孵化服务人员占比”引用了不存在的数据项 nope',
    );
  });
});

describe('the quantitative score of an incubator', () => {
  it('scores each indicator by its target or band and explains it: 50.13 of 60', () => {
    const r = scoreQuantitative(incubator, year, { hardshipArea: false });
    expect(r.items.map((i) => [i.key, i.points])).toEqual([
      ['serviceStaffShare', '4.80'], // 40% reaches the ≥30% band: 8 × 0.6
      ['fund', '3.60'], // 300万 of 500万: 6 × 0.6
      ['activityCount', '6.00'], // 12 of 12
      ['incubateeCount', '6.40'], // 24 of 30: 8 × 0.8
      ['financedShare', '9.00'], // 12.5% ≥ 10%
      ['graduatedCount', '5.33'], // 2 of 3: 8 × 2/3
      ['areaShare', '8.00'], // 80% ≥ 75%
      ['siteSize', '7.00'], // 12000 ≥ 10000 m²
    ]);
    expect(r.points).toBe('50.13');
    expect(r.maxPoints).toBe('60');
    expect(r.relaxed).toBe(false);
    expect(r.items[4].message).toBe(
      '获投融资在孵企业占比 12.50%（获投融资的在孵企业数 3 家 / 在孵企业数 24 家），达到 ≥10% 档，得权重的 100%，得 9.00 分（满分 9 分）',
    );
    expect(r.items[1].message).toBe('孵化资金 3000000 元，目标 5000000 元，为目标的 60.00%，得 3.60 分（满分 6 分）');
  });

  it('lowers every relaxable target and band by 20% in a 艰苦边远地区: 57.17', () => {
    const r = scoreQuantitative(incubator, year, { hardshipArea: true });
    expect(r.items.map((i) => i.points)).toEqual(['8.00', '4.50', '6.00', '8.00', '9.00', '6.67', '8.00', '7.00']);
    expect(r.points).toBe('57.17');
    expect(r.relaxed).toBe(true);
    expect(r.items[0].message).toBe(
      '专业孵化服务人员占比 40.00%（专业孵化服务人员 4 人 / 孵化器从业人员 10 人），达到 ≥40% 档，艰苦边远地区下调 20%，得权重的 100%，得 8.00 分（满分 8 分）',
    );
    expect(r.items[1].message).toContain('目标 4000000 元，艰苦边远地区下调 20%，为目标的 75.00%');
  });

  it('decides a band exactly on its edge: 75% of the area reaches the top band, 74.99% does not', () => {
    const at = scoreQuantitative(incubator, { ...year, incubateeArea: '9000' }, { hardshipArea: false });
    expect(at.items.find((i) => i.key === 'areaShare')?.points).toBe('8.00');
    const below = scoreQuantitative(incubator, { ...year, incubateeArea: '8998.8' }, { hardshipArea: false });
    expect(below.items.find((i) => i.key === 'areaShare')).toMatchObject({ value: '74.99%', points: '4.80' });
  });

  it('scores 0 and says why when a share has nothing to divide by, or falls below the lowest band', () => {
    const r = scoreQuantitative(
      incubator,
      { ...year, incubatees: 0, financedIncubatees: 0, staffTotal: 0, serviceStaff: 0 },
      {
        hardshipArea: false,
      },
    );
    expect(r.items[4]).toMatchObject({ value: null, points: '0.00' });
    expect(r.items[4].message).toBe('“在孵企业数”为 0，获投融资在孵企业占比无法计算，按 0 分计（满分 9 分）');
    const low = scoreQuantitative(incubator, { ...year, serviceStaff: 0 }, { hardshipArea: false });
    expect(low.items[0].message).toContain('低于最低档 ≥10%');
    expect(low.items[0].points).toBe('0.00');
  });

  it('scores a makerspace on its own scheme: 41.38 of 60', () => {
    const r = scoreQuantitative(
      makerspace,
      {
        teams: 20,
        financedTeams: 1,
        newCompanies: 3,
        workstations: 80,
        mentors: 6,
        activities: 18,
        siteArea: 600,
        serviceRevenue: '300000',
      },
      { hardshipArea: false },
    );
    expect(r.items.map((i) => i.points)).toEqual(['4.80', '5.25', '4.00', '5.33', '5.40', '4.80', '7.00', '4.80']);
    expect(r.points).toBe('41.38');
  });
});

describe('checking the operator’s figures', () => {
  it('accepts a complete year and a partial draft', () => {
    expect(checkIndicatorData(incubator, year, 'submit')).toEqual([]);
    expect(checkIndicatorData(incubator, { incubatees: 24 }, 'draft')).toEqual([]);
  });
  it('refuses a value out of range, naming the indicator', () => {
    expect(checkIndicatorData(incubator, { ...year, incubatees: 20000 }, 'submit')).toEqual([
      { field: 'incubatees', message: '“在孵企业数” 20000 超出范围 0～10000家' },
    ]);
    expect(checkIndicatorData(incubator, { ...year, siteArea: '-1' }, 'submit')[0].field).toBe('siteArea');
  });
  it('refuses decimals on a count, a part above its whole, an unknown item, text, and a missing item on submission', () => {
    expect(checkIndicatorData(incubator, { ...year, incubatees: '24.5' }, 'draft')).toEqual([
      { field: 'incubatees', message: '“在孵企业数”须为整数' },
    ]);
    expect(checkIndicatorData(incubator, { ...year, financedIncubatees: 25 }, 'draft')).toEqual([
      { field: 'financedIncubatees', message: '“获投融资的在孵企业数” 25 不能大于“在孵企业数” 24' },
    ]);
    expect(checkIndicatorData(incubator, { ...year, revenue: 1 }, 'draft')).toEqual([
      { field: 'revenue', message: '指标体系中没有数据项“revenue”' },
    ]);
    expect(checkIndicatorData(incubator, { ...year, activities: '十二' }, 'draft')[0].message).toBe(
      '“当年举办创新创业活动”须为数字',
    );
    const { graduated: _, ...missing } = year;
    expect(checkIndicatorData(incubator, missing, 'submit')).toEqual([
      { field: 'graduated', message: '“当年毕业企业数”未填写' },
    ]);
  });
});
