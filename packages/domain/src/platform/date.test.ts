import { describe, expect, it } from 'vitest';
import { ZEnterpriseInput } from '../enterprise/enterprise.contract';
import { ZFundingListQuery } from '../project/funding.contract';
import { ZProjectImportRow } from '../project/project-import.contract';
import { ZRdTaskCreate } from '../rd/rd-task.contract';
import { zDate } from './date';

const messageOf = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? null : r.error!.issues[0]!.message;

describe('zDate', () => {
  const founded = zDate('成立日期');

  it('accepts real calendar days, the leap day of a leap year included', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2022-12-31', '2022-01-01', '1900-03-01']) {
      expect(founded.parse(d)).toBe(d);
    }
  });

  it('refuses impossible days, naming the field and the value', () => {
    expect(messageOf(founded.safeParse('2022-02-30'))).toBe('成立日期不是有效日期：2022-02-30');
    expect(messageOf(founded.safeParse('2023-02-29'))).toBe('成立日期不是有效日期：2023-02-29');
    expect(messageOf(founded.safeParse('1900-02-29'))).toBe('成立日期不是有效日期：1900-02-29');
    expect(messageOf(founded.safeParse('2022-13-01'))).toBe('成立日期不是有效日期：2022-13-01');
    expect(messageOf(founded.safeParse('2022-04-31'))).toBe('成立日期不是有效日期：2022-04-31');
    expect(messageOf(founded.safeParse('2022-00-10'))).toBe('成立日期不是有效日期：2022-00-10');
    expect(messageOf(founded.safeParse('0000-01-01'))).toBe('成立日期不是有效日期：0000-01-01');
  });

  it('refuses other formats and types with the expected form', () => {
    for (const d of ['2022-2-3', '2022/02/03', '20220203', ' 2022-02-03', '2022-02-03T00:00:00Z']) {
      expect(messageOf(founded.safeParse(d)), d).toBe('成立日期格式须为 YYYY-MM-DD，如 2021-03-15');
    }
    expect(messageOf(founded.safeParse(20220203))).toBe('成立日期格式须为 YYYY-MM-DD，如 2021-03-15');
    expect(messageOf(founded.safeParse(undefined))).toBe('请填写成立日期');
  });
});

describe('the contracts take dates through zDate', () => {
  it('refuses 2022-02-30 in a body, a query and an import row', () => {
    const enterprise = { name: '测试企业', creditCode: 'x', regionCode: '621122', foundedOn: '2022-02-30' };
    expect(messageOf(ZEnterpriseInput.safeParse(enterprise))).toBe('成立日期不是有效日期：2022-02-30');
    expect(messageOf(ZFundingListQuery.safeParse({ from: '2023-02-29' }))).toBe('起始日期不是有效日期：2023-02-29');
    expect(
      messageOf(
        ZRdTaskCreate.safeParse({
          title: '测试任务',
          period: '2024H1',
          dueDate: '2024-06-31',
          units: { picks: ['all'] },
        }),
      ),
    ).toBe('截止日期不是有效日期：2024-06-31');
    const row = {
      year: 2015,
      category: 'county_plan',
      level: 'county',
      title: '测试项目名称',
      unitName: '测试单位',
      creditCode: 'x',
      state: 'approved',
    };
    expect(messageOf(ZProjectImportRow.safeParse({ ...row, approvedOn: '2015-02-30' }))).toBe(
      '立项日期不是有效日期：2015-02-30',
    );
    expect(ZProjectImportRow.safeParse({ ...row, approvedOn: '2016-02-29' }).success).toBe(true);
  });
});
