import { describe, expect, it } from 'vitest';
import { parseRdPeriod, periodSortKey, ZRdPeriod } from './rd-period';

describe('statistics periods', () => {
  it.each([
    ['2022H1', '2022-01-01', '2022-06-30', 6, '2022年上半年'],
    ['2022h2', '2022-07-01', '2022-12-31', 6, '2022年下半年'],
    ['2021', '2021-01-01', '2021-12-31', 12, '2021年'],
  ] as const)('%s', (code, start, end, months, label) => {
    expect(parseRdPeriod(code)).toMatchObject({ start, end, months, label });
  });
  it('refuses other shapes with a message', () => {
    for (const bad of ['2022Q1', '22H1', '2022H3', '1999']) expect(parseRdPeriod(bad)).toBeNull();
    expect(ZRdPeriod.safeParse('2022Q1').error?.issues[0].message).toContain('2022H1');
  });
  it('sorts H1, H2, then the whole year', () => {
    expect(
      ['2022', '2022H2', '2021', '2022H1'].sort((a, b) => periodSortKey(a).localeCompare(periodSortKey(b))),
    ).toEqual(['2021', '2022H1', '2022H2', '2022']);
  });
});
