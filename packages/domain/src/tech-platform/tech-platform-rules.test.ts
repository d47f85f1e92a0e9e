import { describe, expect, it } from 'vitest';
import { changeDueOn, reportableChanges } from './change-reporting';
import { checkGraduation, GRADUATION_CRITERIA } from './graduation-criteria';
import { initialHistory, platformDateProblems } from './platform-dates';
import { findPlatformTransition, illegalPlatformTransitionMessage } from './tech-platform-transitions';

const register = { highTechYears: [2021], revenueByYear: { 2020: '6000000.00', 2021: '4000000.00' } };

describe('graduation criteria (docs/rules.md §5.4)', () => {
  it('cites its source on every row', () => {
    for (const c of GRADUATION_CRITERIA) expect(c).toMatchObject({ source: 'S54', confidence: '✔' });
  });

  it('checks 高企 and revenue against the register, financing and listing against the evidence stated', () => {
    expect(checkGraduation({ criterion: 'high_tech', graduatedOn: '2022-03-01' }, register)).toMatchObject({
      ok: true,
    });
    expect(checkGraduation({ criterion: 'high_tech', graduatedOn: '2020-03-01' }, register)).toMatchObject({
      ok: false,
      field: 'criterion',
    });
    // 2020 + 2021 = 1000 万元 exactly: not above the threshold.
    const exactly = checkGraduation(
      { criterion: 'revenue', graduatedOn: '2022-03-01', revenueFromYear: 2020 },
      register,
    );
    expect(exactly).toMatchObject({ ok: false });
    expect(!exactly.ok && exactly.message).toContain('未超过 1000 万元');
    const stated = checkGraduation(
      {
        criterion: 'revenue',
        graduatedOn: '2020-03-01',
        revenueFromYear: 2018,
        statedRevenue: ['6000000', '4000000.01'],
        evidence: '审计报告',
      },
      register,
    );
    expect(stated).toMatchObject({ ok: true });
    expect(
      checkGraduation({ criterion: 'financing', graduatedOn: '2022-01-01', financingAmount: '5000000.01' }, register),
    ).toMatchObject({ ok: false, field: 'evidence' });
    expect(
      checkGraduation(
        { criterion: 'financing', graduatedOn: '2022-01-01', financingAmount: '5000000.01', evidence: '协议' },
        register,
      ),
    ).toMatchObject({ ok: true });
    expect(checkGraduation({ criterion: 'acquired_listed', graduatedOn: '2022-01-01' }, register)).toMatchObject({
      ok: false,
      field: 'evidence',
    });
  });
});

describe('platform states and dates', () => {
  it('allows the table’s moves only, and names both states when refusing', () => {
    expect(findPlatformTransition('preparing', 'building')).toBeDefined();
    expect(findPlatformTransition('recognized', 'delisted')?.reasonRequired).toBe(true);
    expect(findPlatformTransition('delisted', 'recognized')).toBeUndefined();
    expect(illegalPlatformTransitionMessage('preparing', 'recognized')).toBe(
      '创新平台状态不能从“筹备”变为“已认定”，当前只能变为“建设中”或“撤销”',
    );
    expect(illegalPlatformTransitionMessage('delisted', 'recognized')).toContain('该状态为终态');
  });

  it('requires the dates a status needs, in order, and derives the history from them', () => {
    expect(platformDateProblems({ status: 'recognized', recognizedOn: '2020-01-01' })).toEqual([
      { field: 'documentNo', message: '已认定的平台须填写认定文号' },
    ]);
    expect(
      platformDateProblems({ status: 'building', establishedOn: '2019-01-01', preparingFrom: '2019-02-01' })[0].field,
    ).toBe('establishedOn');
    expect(
      initialHistory({
        status: 'recognized',
        preparingFrom: '2018-01-01',
        recognizedOn: '2019-06-01',
        documentNo: 'x',
      }),
    ).toEqual([
      { from: null, to: 'preparing', on: '2018-01-01' },
      { from: 'preparing', to: 'recognized', on: '2019-06-01' },
    ]);
  });

  it('dates a change report 3 months on, and lists what changed', () => {
    expect(changeDueOn('2022-01-15')).toBe('2022-04-15');
    expect(changeDueOn('2021-11-30')).toBe('2022-02-28');
    const before = { name: '甲', operator: 'A', siteArea: '100.00', address: '一号' };
    expect(reportableChanges(before, { ...before, siteArea: '120.00' })).toEqual([
      { type: 'area', detail: '100.00 → 120.00 平方米' },
    ]);
  });
});
