import { describe, expect, it } from 'vitest';
import { rankCommissioners, specialityKeywords, type MatchCandidate } from './matching-rank';

const W = { field: 40, keyword: 10, keywordCap: 3, loadPenalty: 5 };
const need = { regionCode: '621122', field: '种植业', problem: '马铃薯晚疫病防治和种薯贮藏损耗大' };
const c = (id: number, o: Partial<MatchCandidate>): MatchCandidate => ({
  id,
  name: `特派员${id}`,
  regionCode: '621122',
  regionName: '陇西县',
  field: '种植业',
  fieldLabel: '种植业',
  speciality: null,
  load: 0,
  ...o,
});

describe('rankCommissioners (docs/rules.md §5.1.2)', () => {
  it('puts the county before the rest of the city, then ranks by field, keywords and load, with reasons', () => {
    const ranked = rankCommissioners(
      need,
      [
        c(1, { regionCode: '621102', regionName: '安定区', speciality: '马铃薯、晚疫病' }),
        c(2, { speciality: '马铃薯栽培' }),
        c(3, { field: '畜牧养殖', fieldLabel: '畜牧业' }),
        c(4, { speciality: '种薯贮藏，马铃薯', load: 2 }),
      ],
      W,
    );
    expect(ranked.map((r) => [r.candidate.id, r.score])).toEqual([
      [4, 50],
      [2, 40],
      [3, 0],
      [1, 60],
    ]);
    expect(ranked[0].reasons).toEqual([
      '本县区（陇西县）',
      '服务领域一致（种植业）+40',
      '专长与问题描述相符：“种薯贮藏”、“马铃薯” +20',
      '在办对接需求 2 项 −10',
    ]);
    expect(ranked[3].reasons[0]).toBe('本市其他县区（安定区）');
    expect(ranked[2].reasons).toContain('服务领域不同（畜牧业）');
  });

  it('breaks ties by the lighter load, and caps the keywords counted', () => {
    const ranked = rankCommissioners(need, [c(1, { load: 1 }), c(2, { load: 0 })], { ...W, loadPenalty: 0 });
    expect(ranked.map((r) => r.candidate.id)).toEqual([2, 1]);
    const capped = rankCommissioners(need, [c(5, { speciality: '马铃薯 晚疫病 种薯 贮藏 损耗' })], {
      ...W,
      keywordCap: 2,
    });
    expect(capped[0].score).toBe(40 + 20);
  });

  it('splits a speciality into keywords of two characters or more', () => {
    expect(specialityKeywords('果树栽培、病虫害防治；土壤/肥料 和 水')).toEqual([
      '果树栽培',
      '病虫害防治',
      '土壤',
      '肥料',
    ]);
    expect(specialityKeywords(null)).toEqual([]);
  });
});
