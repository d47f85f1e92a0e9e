import { describe, expect, it } from 'vitest';
import { ZFundingInput } from '../project/funding.contract';
import { ZProjectImportRow } from '../project/project-import.contract';
import { ZYearlyFigures } from '../enterprise/enterprise.contract';
import { ZRdFigures } from '../rd/rd-fields';
import { checkFormData } from '../project/form-definition';
import { MONEY_LIMITS, formatMoneyLimit, zMoney } from './money';

const messageOf = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? null : r.error!.issues[0]!.message;

describe('zMoney', () => {
  const amount = zMoney('申请金额', { max: MONEY_LIMITS.projectAmount });

  it('accepts the maximum and refuses one cent more, naming the field and the limit in 亿元', () => {
    expect(amount.parse('10000000000')).toBe('10000000000');
    expect(amount.parse('10000000000.00')).toBe('10000000000.00');
    expect(amount.parse(1e10)).toBe('10000000000');
    expect(messageOf(amount.safeParse('10000000000.01'))).toBe('申请金额不能超过 100 亿元');
    expect(messageOf(amount.safeParse(10000000000.01))).toBe('申请金额不能超过 100 亿元');
  });

  it('refuses the old 16-digit maximum that overflowed the ledger sums', () => {
    expect(messageOf(amount.safeParse('9999999999999999.99'))).toBe('申请金额不能超过 100 亿元');
    expect(messageOf(amount.safeParse('123456789012345678901234567890'))).toBe('申请金额不能超过 100 亿元');
  });

  it('keeps the accepted shapes: up to 2 decimals, numbers, whitespace and thousands commas', () => {
    expect(amount.parse('0.01')).toBe('0.01');
    expect(amount.parse('1234.5')).toBe('1234.5');
    expect(amount.parse(' 1,234,567.89 ')).toBe('1234567.89');
    expect(amount.parse('1，000')).toBe('1000');
    expect(amount.parse(0.1)).toBe('0.1');
    expect(amount.parse('0')).toBe('0');
  });

  it('names the field in every refusal', () => {
    expect(messageOf(amount.safeParse('0.001'))).toBe('申请金额最多两位小数（精确到分）');
    expect(messageOf(amount.safeParse('-1'))).toBe('申请金额不能为负数');
    expect(messageOf(amount.safeParse('十万'))).toBe('申请金额须为数字（单位：元），“十万”不是数字');
    expect(messageOf(amount.safeParse('1e5'))).toBe('申请金额须为数字（单位：元），“1e5”不是数字');
    expect(messageOf(amount.safeParse(''))).toBe('申请金额须为数字（单位：元），“”不是数字');
    expect(messageOf(amount.safeParse(true))).toBe('申请金额须为数字（单位：元）');
    expect(messageOf(amount.safeParse(undefined))).toBe('请填写申请金额');
  });

  it('refuses 0 when the field must be positive, and takes negatives down to −max when allowed', () => {
    const positive = zMoney('金额', { max: MONEY_LIMITS.fundingAmount, zero: false });
    expect(messageOf(positive.safeParse('0.00'))).toBe('金额须大于 0');
    expect(positive.parse('0.01')).toBe('0.01');
    const signed = zMoney('净资产', { max: MONEY_LIMITS.enterpriseYearly, negative: true });
    expect(signed.parse('-10000000000000')).toBe('-10000000000000');
    expect(messageOf(signed.safeParse('-10000000000000.01'))).toBe('净资产不能超过 10 万亿元');
  });

  it('writes each limit in 万亿元, 亿元 or 万元', () => {
    expect(formatMoneyLimit(MONEY_LIMITS.projectAmount)).toBe('100 亿元');
    expect(formatMoneyLimit(MONEY_LIMITS.enterpriseYearly)).toBe('10 万亿元');
    expect(formatMoneyLimit(MONEY_LIMITS.rdFigure)).toBe('1 万亿元');
    expect(formatMoneyLimit(MONEY_LIMITS.regionGdp)).toBe('1000 万亿元');
    expect(formatMoneyLimit(5_000_000)).toBe('500 万元');
    expect(formatMoneyLimit(1234)).toBe('1234 元');
  });

  it('keeps every limit below what a numeric(18,2) column holds (1e16 − 0.01), GDP aside (numeric(20,2))', () => {
    for (const [key, max] of Object.entries(MONEY_LIMITS)) {
      expect(max, key).toBeLessThan(key === 'regionGdp' ? 1e18 : 1e16);
      expect(Number.isInteger(max), key).toBe(true);
    }
  });
});

describe('the contracts use the per-field limits', () => {
  const grant = { applicationId: 1, kind: 'grant', sourceLevel: 'county', occurredOn: '2030-01-15' };

  it('a ledger record: up to 100 亿元, more than 0', () => {
    expect(ZFundingInput.safeParse({ ...grant, amount: '10000000000.00' }).success).toBe(true);
    expect(messageOf(ZFundingInput.safeParse({ ...grant, amount: '10000000000.01' }))).toBe('金额不能超过 100 亿元');
    expect(messageOf(ZFundingInput.safeParse({ ...grant, amount: '9999999999999999.99' }))).toBe(
      '金额不能超过 100 亿元',
    );
    expect(messageOf(ZFundingInput.safeParse({ ...grant, amount: '0' }))).toBe('金额须大于 0');
  });

  it('an enterprise year: up to 10 万亿元', () => {
    expect(ZYearlyFigures.safeParse({ year: 2024, revenue: '10000000000000' }).success).toBe(true);
    expect(messageOf(ZYearlyFigures.safeParse({ year: 2024, totalAssets: '10000000000000.01' }))).toBe(
      '资产总额不能超过 10 万亿元',
    );
  });

  it('R&D figures: up to 1 万亿元, 营业收入 up to 10 万亿元', () => {
    expect(ZRdFigures.safeParse({ internalTotal: '1000000000000' }).success).toBe(true);
    expect(messageOf(ZRdFigures.safeParse({ internalTotal: '1000000000000.01' }))).toBe(
      '研发经费内部支出合计不能超过 1 万亿元',
    );
    expect(ZRdFigures.safeParse({ revenue: '10000000000000' }).success).toBe(true);
  });

  it('the historical project sheet (万元): one source up to 1,000,000 万元, as a ledger record', () => {
    const row = {
      year: 2015,
      category: 'county_plan',
      level: 'county',
      title: '测试项目名称',
      unitName: '测试单位',
      creditCode: 'x',
      state: 'approved',
    };
    expect(ZProjectImportRow.safeParse({ ...row, central: 1_000_000 }).success).toBe(true);
    expect(messageOf(ZProjectImportRow.safeParse({ ...row, central: 1_000_000.000001 }))).toBe(
      '中央资金不能超过 100 亿元',
    );
    expect(messageOf(ZProjectImportRow.safeParse({ ...row, county: 999_999_999_999.9999 }))).toBe(
      '县级资金不能超过 100 亿元',
    );
    expect(messageOf(ZProjectImportRow.safeParse({ ...row, matching: 1e25 }))).toBe('企业自筹不能超过 100 亿元');
    expect(messageOf(ZProjectImportRow.safeParse({ ...row, city: -1 }))).toBe('市级资金不能为负数');
  });

  it('a money field of an application form', () => {
    const fields = [{ key: 'budget', label: '项目总投资（元）', type: 'money' as const, required: true }];
    expect(checkFormData(fields, { budget: '10000000000' }, new Set(), 'save')).toEqual([]);
    expect(checkFormData(fields, { budget: '10000000000.01' }, new Set(), 'save')).toEqual([
      { field: 'budget', message: '“项目总投资（元）”不能超过 100 亿元' },
    ]);
  });
});
