import { describe, expect, it } from 'vitest';
import { statutoryHolidays } from '@kechuang/domain';

import { lunarAnchorsOf } from './lunar-anchors';

describe('lunar dates from tyme4ts', () => {
  it.each([
    // year, 正月初一, 清明, 端午, 中秋: 2022–2026 as the State Council notices place them; 2027–2028 as the domain's tests use them.
    [2022, '2022-02-01', '2022-04-05', '2022-06-03', '2022-09-10'],
    [2023, '2023-01-22', '2023-04-05', '2023-06-22', '2023-09-29'],
    [2024, '2024-02-10', '2024-04-04', '2024-06-10', '2024-09-17'],
    [2025, '2025-01-29', '2025-04-04', '2025-05-31', '2025-10-06'],
    [2026, '2026-02-17', '2026-04-05', '2026-06-19', '2026-09-25'],
    [2027, '2027-02-06', '2027-04-05', '2027-06-09', '2027-09-15'],
    [2028, '2028-01-26', '2028-04-04', '2028-05-28', '2028-10-03'],
  ])('%i: 春节 %s, 清明 %s, 端午 %s, 中秋 %s', (year, lunarNewYear, qingming, dragonBoat, midAutumn) => {
    expect(lunarAnchorsOf(year)).toEqual({ lunarNewYear, qingming, dragonBoat, midAutumn });
  });

  it('puts 除夕 2027 on 2027-02-05, so 春节 2027 by rule is 02-05 … 02-08', () => {
    const days = statutoryHolidays(2027, lunarAnchorsOf(2027)!)!;
    expect([...days].filter(([, n]) => n === '春节').map(([d]) => d)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
    ]);
  });
});
