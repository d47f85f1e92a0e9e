import { describe, expect, it } from 'vitest';
import { ageOn, checkEligibility, type CommissionerLevelRule } from './eligibility';
import { birthDateOfIdNumber, idNumberCheckChar, idNumberProblem } from './id-number';

const PROVINCE: CommissionerLevelRule = {
  level: 'province',
  maxAge: 58,
  minTitleLevel: '副高',
  excludedUnitKinds: ['党政机关', '参公事业单位'],
  source: '甘科农函〔2025〕94号',
};
const person = { birthDate: '1966-05-10', titleLevel: '副高', unitKind: '高校' };

describe('科技特派员 eligibility (docs/rules.md §5.1)', () => {
  it('counts full years: 58 until the day before the 59th birthday', () => {
    expect(ageOn('1966-05-10', '2024-05-09')).toBe(57);
    expect(ageOn('1966-05-10', '2024-05-10')).toBe(58);
    expect(ageOn('1966-05-10', '2025-05-09')).toBe(58);
    expect(ageOn('1966-05-10', '2025-05-10')).toBe(59);
  });

  it('admits an age exactly at the limit and refuses a day past it, citing the source', () => {
    const atLimit = checkEligibility(person, PROVINCE, '2025-05-09');
    expect(atLimit.passed).toBe(true);
    expect(atLimit.checks.find((c) => c.rule === 'age')!.message).toContain('58 周岁');
    const over = checkEligibility(person, PROVINCE, '2025-05-10');
    expect(over.passed).toBe(false);
    const age = over.checks.find((c) => c.rule === 'age')!;
    expect(age.passed).toBe(false);
    expect(age.message).toBe('2025-05-10 时年龄 59 周岁，超过年龄上限 58 周岁（依据：甘科农函〔2025〕94号）');
  });

  it('admits a title exactly at the minimum, a higher one, and refuses a lower one or none', () => {
    const on = '2022-03-01';
    expect(checkEligibility({ ...person, titleLevel: '副高' }, PROVINCE, on).passed).toBe(true);
    expect(checkEligibility({ ...person, titleLevel: '正高' }, PROVINCE, on).passed).toBe(true);
    const low = checkEligibility({ ...person, titleLevel: '中级' }, PROVINCE, on);
    expect(low.passed).toBe(false);
    expect(low.checks.find((c) => c.rule === 'title')!.message).toContain('低于最低要求“副高”');
    expect(checkEligibility({ ...person, titleLevel: '无' }, PROVINCE, on).checks[1].passed).toBe(false);
  });

  it('refuses an excluded unit kind and passes every other', () => {
    const on = '2022-03-01';
    const gov = checkEligibility({ ...person, unitKind: '参公事业单位' }, PROVINCE, on);
    expect(gov.passed).toBe(false);
    expect(gov.checks.find((c) => c.rule === 'unitKind')!.message).toContain('不得申请');
    expect(checkEligibility({ ...person, unitKind: '企业' }, PROVINCE, on).passed).toBe(true);
  });

  it('checks nothing for a rule value left empty', () => {
    const open = { ...PROVINCE, maxAge: null, minTitleLevel: null, excludedUnitKinds: [] };
    const r = checkEligibility({ birthDate: '1940-01-01', titleLevel: '无', unitKind: '党政机关' }, open, '2022-01-01');
    expect(r.passed).toBe(true);
    expect(r.checks.map((c) => c.rule)).toEqual(['unitKind']);
  });
});

describe('公民身份号码 check digit (GB 11643)', () => {
  it('computes the check character (the standard’s example 11010519491231002X)', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberProblem('11010519491231002x')).toBeNull();
    expect(birthDateOfIdNumber('11010519491231002X')).toBe('1949-12-31');
  });

  it('refuses a wrong check digit, a wrong length, an impossible birth date and a mismatch, in Chinese', () => {
    expect(idNumberProblem('110105194912310021')).toBe('身份证号校验位不符（GB 11643），请核对');
    expect(idNumberProblem('1101051949123100')).toContain('18 位');
    const bad = '11010519490231' + '001';
    expect(idNumberProblem(bad + idNumberCheckChar(bad))).toBe('身份证号中的出生日期无效');
    expect(idNumberProblem('11010519491231002X', '1949-12-30')).toContain('不一致');
  });
});
