import { describe, expect, it } from 'vitest';
import * as exact from '../rules/exact';
import { evaluateFormula, formulaReferences, matchFacts, parseFormula, type FormulaInputs } from './indicator-formula';

const facts: { key: string; dimensions: Record<string, string>; value: string }[] = [
  { key: 'enterprise.holding', dimensions: { tier: 'high_tech' }, value: '7' },
  { key: 'enterprise.holding', dimensions: { tier: 'tech_sme' }, value: '22' },
  { key: 'rd.approved-total', dimensions: { period: '2022H1' }, value: '72000000.00' },
  { key: 'tech-platform.platforms', dimensions: { kind: 'incubator', level: 'provincial' }, value: '1' },
  { key: 'tech-platform.platforms', dimensions: { kind: 'makerspace', level: 'provincial' }, value: '2' },
  { key: 'tech-platform.platforms', dimensions: { kind: 'rd_center', level: 'city' }, value: '3' },
];
const inputs = (manual: Record<string, string> = {}): FormulaInputs => ({
  fact: (key, dims) =>
    exact.sum(
      facts
        .filter((f) => f.key === key && Object.entries(dims).every(([k, v]) => f.dimensions[k] === v))
        .map((f) => exact.parseDecimal(f.value)),
    ),
  manual: (key) => (key in manual ? exact.parseDecimal(manual[key]) : null),
});
const value = (formula: string, manual?: Record<string, string>) => {
  const v = evaluateFormula(parseFormula(formula), inputs(manual));
  return v === null ? null : exact.formatFixed(v, 2, 'half-up');
};

describe('indicator formulas over report facts', () => {
  it('sums the facts of a key whose dimensions include the filter', () => {
    expect(value('enterprise.holding{tier=high_tech}')).toBe('7.00');
    expect(value('enterprise.holding')).toBe('29.00');
    expect(value('tech-platform.platforms{level=provincial}')).toBe('3.00');
    expect(value('tech-platform.platforms{ level = provincial , kind=makerspace }')).toBe('2.00');
    expect(value('enterprise.certified{tier=high_tech}')).toBe('0.00');
  });
  it('takes a ratio of a fact to a hand-entered indicator: R&D经费 / GDP × 100', () => {
    expect(value('rd.approved-total / @gdp * 100', { gdp: '5670000000' })).toBe('1.27');
    expect(value('(rd.approved-total) / (@gdp) * 100', { gdp: '0' })).toBeNull();
    expect(value('rd.approved-total / @gdp * 100')).toBeNull();
  });
  it('keeps precedence and brackets', () => {
    expect(value('1 + 2 * 3')).toBe('7.00');
    expect(value('(1 + 2) * 3')).toBe('9.00');
    expect(value('10 - 4 - 3')).toBe('3.00');
  });
  it('names every fact key and hand-entered indicator a formula reads', () => {
    const refs = formulaReferences(parseFormula('rd.approved-total / @gdp * 100 + enterprise.holding{tier=x}'));
    expect(refs).toEqual({ factKeys: ['rd.approved-total', 'enterprise.holding'], manualKeys: ['gdp'] });
  });
  it('refuses a formula that does not parse, saying where', () => {
    expect(() => parseFormula('')).toThrow('公式不能为空');
    expect(() => parseFormula('1 +')).toThrow('运算符后缺少运算对象');
    expect(() => parseFormula('(1 + 2')).toThrow('括号不成对');
    expect(() => parseFormula('GDP')).toThrow('公式第 1 个字符起无法识别');
    expect(() => parseFormula('enterprise.holding{tier}')).toThrow('{维度=取值, …}');
    expect(() => parseFormula('1 2')).toThrow('“2”的位置不对');
  });
});

describe('which facts a reference reads', () => {
  const stated: { key: string; dimensions: Record<string, string>; value: string }[] = [
    { key: 'service-event.events', dimensions: {}, value: '9' },
    { key: 'service-event.events', dimensions: { kind: 'training' }, value: '4' },
    { key: 'service-event.events', dimensions: { kind: 'tech_week' }, value: '5' },
    { key: 'rd.approved-total', dimensions: { period: '2022H1' }, value: '1' },
  ];
  it('takes a module’s total alone rather than adding it to its breakdown', () => {
    expect(matchFacts(stated, 'service-event.events', {}).map((f) => f.value)).toEqual(['9']);
    expect(matchFacts(stated, 'service-event.events', { kind: 'training' }).map((f) => f.value)).toEqual(['4']);
  });
  it('sums a breakdown when no total is stated', () => {
    expect(matchFacts(stated, 'rd.approved-total', {}).map((f) => f.value)).toEqual(['1']);
    expect(matchFacts(stated, 'service-event.events', { kind: 'none' })).toEqual([]);
  });
});
