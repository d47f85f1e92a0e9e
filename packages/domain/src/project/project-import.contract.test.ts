import { describe, expect, it } from 'vitest';
import { wanToYuan, yuanToWan, ZProjectImportRow } from './project-import.contract';

describe('wanToYuan', () => {
  it('turns 万元 into 元 exactly, to the cent', () => {
    expect(wanToYuan(12.345678)).toBe('123456.78');
    expect(wanToYuan(0.000001)).toBe('0.01');
    expect(wanToYuan(0.5)).toBe('5000.00');
    expect(wanToYuan(0)).toBe('0.00');
    expect(wanToYuan(1000000)).toBe('10000000000.00');
  });

  it('turns 元 back into the 万元 the sheet had', () => {
    expect(yuanToWan('605000.00')).toBe('60.5');
    expect(yuanToWan('0.01')).toBe('0.000001');
    expect(yuanToWan('123456.78')).toBe('12.345678');
    expect(yuanToWan('0.00')).toBe('0');
    expect(yuanToWan('10000000000.00')).toBe('1000000');
  });

  it('refuses amounts finer than a cent, and negative ones', () => {
    const row = {
      year: 2015,
      category: 'county_plan',
      level: 'county',
      title: '测试项目名称',
      unitName: '测试单位',
      creditCode: 'x',
      state: 'approved',
    };
    expect(ZProjectImportRow.safeParse({ ...row, central: 1.0000001 }).success).toBe(false);
    expect(ZProjectImportRow.safeParse({ ...row, central: -1 }).success).toBe(false);
    expect(ZProjectImportRow.safeParse({ ...row, central: 1.000001 }).success).toBe(true);
  });
});
