import { describe, expect, it } from 'vitest';
import type { BandRow } from './banding';
import { HIGH_TECH_RD_BANDS } from './tables/high-tech-conditions';
import {
  HIGH_TECH_CONVERSION_BANDS,
  HIGH_TECH_GROWTH_BANDS,
  HIGH_TECH_MANAGEMENT_ITEMS,
} from './tables/high-tech-scoring';
import { INDUSTRY_SECTIONS } from './tables/industry-sections';
import { RD_DEDUCTION_NEGATIVE_LIST } from './tables/negative-list';
import { RD_DEDUCTION_PERIODS } from './tables/rd-deduction-periods';
import { TECH_SME_RD_COST_BANDS, TECH_SME_RD_REVENUE_BANDS, TECH_SME_STAFF_BANDS } from './tables/tech-sme-bands';

// Guards against table edits that would silently break the first-match band lookup.
describe('band tables', () => {
  it.each<[string, readonly BandRow[]]>([
    ['科技人员', TECH_SME_STAFF_BANDS],
    ['研发/收入', TECH_SME_RD_REVENUE_BANDS],
    ['研发/成本', TECH_SME_RD_COST_BANDS],
    ['成长性', HIGH_TECH_GROWTH_BANDS],
    ['成果转化', HIGH_TECH_CONVERSION_BANDS],
  ])('%s: strictly descending lower bounds, ending in a catch-all, every row sourced', (_, rows) => {
    const mins = rows.map((r) => r.min);
    expect(mins[mins.length - 1]).toBeNull();
    const bounded = mins.slice(0, -1) as number[];
    expect(bounded.every((m) => m !== null)).toBe(true);
    expect([...bounded].sort((a, b) => b - a)).toEqual(bounded);
    expect(new Set(bounded).size).toBe(bounded.length);
    for (const r of rows) expect(r.source && r.doc).toBeTruthy();
  });
});

describe('other tables', () => {
  it('高企 R&D bands ascend by revenue ceiling and end open', () => {
    expect(HIGH_TECH_RD_BANDS.map((b) => [b.maxRevenue, b.minPercent])).toEqual([
      [50000000, 5],
      [200000000, 4],
      [null, 3],
    ]);
  });
  it('management caps are 6/6/4/4 = 20', () => {
    expect(HIGH_TECH_MANAGEMENT_ITEMS.map((i) => i.maxPoints)).toEqual([6, 6, 4, 4]);
  });
  it('GB/T 4754 sections cover 大类 01–97 without gaps', () => {
    INDUSTRY_SECTIONS.forEach((s, i) =>
      expect(s.fromDivision).toBe(i === 0 ? 1 : INDUSTRY_SECTIONS[i - 1].toDivision + 1),
    );
    expect(INDUSTRY_SECTIONS[INDUSTRY_SECTIONS.length - 1].toDivision).toBe(97);
  });
  it('negative-list rows sit in the section their 大类 belongs to', () => {
    for (const r of RD_DEDUCTION_NEGATIVE_LIST) {
      const s = INDUSTRY_SECTIONS.find(
        (x) => Number(r.division) >= x.fromDivision && Number(r.division) <= x.toDivision,
      );
      expect(s?.section, r.division).toBe(r.section);
    }
  });
  it('deduction periods are well-formed', () => {
    for (const p of RD_DEDUCTION_PERIODS) {
      expect(p.to === null || p.from <= p.to, p.id).toBe(true);
      expect(p.intangiblePercent - p.expensedPercent, p.id).toBe(100);
    }
  });
});
