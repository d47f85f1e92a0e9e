import { describe, expect, it } from 'vitest';
import {
  highTechOutcome,
  scoreHighTechConversion,
  scoreHighTechIp,
  scoreHighTechManagement,
} from './high-tech-innovation';
import type { THighTechInnovation } from './high-tech-schema';

describe('科技成果转化能力 by yearly average', () => {
  it.each([
    [[5, 5, 5], 25, 30],
    [[5, 5, 4], 19, 24], // 4.67
    [[4, 4, 4], 19, 24],
    [[4, 4, 3], 13, 18], // 3.67
    [[3, 3, 3], 13, 18],
    [[3, 2, 2], 7, 12], // 2.33
    [[2, 2, 2], 7, 12],
    [[2, 1, 1], 1, 6], // 1.33
    [[1, 1, 1], 1, 6],
    [[1, 1, 0], 0, 0], // 0.67: below every band
    [[0, 0, 0], 0, 0],
    [[3], 13, 18], // one year of operation: average over 1 year
    [[2, 4], 13, 18], // two years: average 3
  ])('%j → %i–%i', (years, min, max) => {
    expect(scoreHighTechConversion(years)).toMatchObject({ minPoints: min, maxPoints: max });
  });
});

type Ip = THighTechInnovation['ip'];
const ip = (over: Partial<Ip>): Ip => ({
  advancement: 'E',
  coreSupport: 'E',
  classICount: 0,
  classIICount: 0,
  selfDeveloped: true,
  standardParticipation: false,
  ...over,
});

describe('知识产权', () => {
  it.each([
    [1, 0, 7, 8],
    [0, 5, 5, 6],
    [0, 4, 3, 4],
    [0, 3, 3, 4],
    [0, 2, 1, 2],
    [0, 1, 1, 2],
    [0, 0, 0, 0],
  ])('quantity: Ⅰ类 %i, Ⅱ类 %i → %i–%i', (classICount, classIICount, min, max) => {
    const part = scoreHighTechIp(ip({ classICount, classIICount })).parts.find((p) => p.label === '知识产权数量');
    expect([part?.minPoints, part?.maxPoints]).toEqual([min, max]);
  });

  it.each([
    ['A', 7, 8],
    ['B', 5, 6],
    ['C', 3, 4],
    ['D', 1, 2],
    ['E', 0, 0],
  ] as const)('技术的先进程度 grade %s → %i–%i', (advancement, min, max) => {
    const part = scoreHighTechIp(ip({ advancement })).parts[0];
    expect([part.minPoints, part.maxPoints]).toEqual([min, max]);
  });

  it('acquisition: self-developed 1–6, acquired only 1–3, none 0', () => {
    const acq = (over: Partial<Ip>) => scoreHighTechIp(ip(over)).parts.find((p) => p.label === '知识产权获得方式');
    expect(acq({ classIICount: 1 })).toMatchObject({ minPoints: 1, maxPoints: 6 });
    expect(acq({ classIICount: 1, selfDeveloped: false })).toMatchObject({ minPoints: 1, maxPoints: 3 });
    expect(acq({})).toMatchObject({ minPoints: 0, maxPoints: 0 });
  });

  it('caps the optimistic end at 30: 8 + 8 + 8 + 6 + 2 = 32 → 30; conservative 7 + 7 + 7 + 1 + 0 = 22', () => {
    const s = scoreHighTechIp(ip({ advancement: 'A', coreSupport: 'A', classICount: 1, standardParticipation: true }));
    expect([s.minPoints, s.maxPoints]).toEqual([22, 30]);
    expect(s.message).toContain('封顶 30 分');
  });
});

describe('研究开发组织管理水平', () => {
  const all = {
    rdManagementSystem: true,
    rdInstitutionAndCooperation: true,
    conversionIncentive: true,
    talentSystem: true,
  };
  it('all four present → 4–20 (caps 6/6/4/4)', () => {
    const s = scoreHighTechManagement(all);
    expect([s.minPoints, s.maxPoints, s.cap]).toEqual([4, 20, 20]);
    expect(s.parts.map((p) => p.maxPoints)).toEqual([6, 6, 4, 4]);
  });
  it('none → 0', () => {
    const none = {
      rdManagementSystem: false,
      rdInstitutionAndCooperation: false,
      conversionIncentive: false,
      talentSystem: false,
    };
    expect(scoreHighTechManagement(none)).toMatchObject({ minPoints: 0, maxPoints: 0 });
  });
  it('only the two 4-point items → 2–8', () => {
    expect(
      scoreHighTechManagement({ ...all, rdManagementSystem: false, rdInstitutionAndCooperation: false }),
    ).toMatchObject({ minPoints: 2, maxPoints: 8 });
  });
});

describe('pass line ≥71 on both ends', () => {
  it.each([
    [71, 90, '确定通过'],
    [70, 71, '可能通过'],
    [50, 70, '难以通过'],
  ] as const)('min %i, max %i → %s', (min, max, outcome) => {
    expect(highTechOutcome(min, max)).toBe(outcome);
  });
});
