import { describe, expect, it } from 'vitest';
import { canAdvance, illegalStageMessage, nextStage } from './competition-stages';
import { chineseOrdinal, competitionDisplayName } from './competition-name';
import { findNominationTransition, illegalNominationMessage } from './nomination-transitions';

describe('award rules as data', () => {
  it('moves a nomination from 推荐 to a result once, and names both states when refusing', () => {
    expect(findNominationTransition('nominated', 'awarded')?.gradeRequired).toBe(true);
    expect(findNominationTransition('nominated', 'not_awarded')?.gradeRequired).toBe(false);
    expect(findNominationTransition('awarded', 'not_awarded')).toBeUndefined();
    expect(findNominationTransition('not_awarded', 'nominated')).toBeUndefined();
    expect(illegalNominationMessage('awarded', 'not_awarded')).toBe(
      '获奖推荐状态不能从“获奖”变为“未获奖”，评选结果已登记',
    );
  });

  it('advances an entry one stage at a time, never back', () => {
    expect(nextStage('registered')).toBe('preliminary');
    expect(nextStage('final')).toBeUndefined();
    expect(canAdvance('preliminary', 'semifinal')).toBe(true);
    expect(canAdvance('registered', 'final')).toBe(false);
    expect(canAdvance('semifinal', 'preliminary')).toBe(false);
    expect(illegalStageMessage('registered', 'final')).toBe('参赛阶段不能从“报名”变为“决赛”，当前只能晋级到“初赛”');
    expect(illegalStageMessage('final', 'final')).toContain('已是最后阶段');
  });

  it('names a competition as the report does', () => {
    expect([1, 5, 7, 10, 11, 20, 35].map(chineseOrdinal)).toEqual(['一', '五', '七', '十', '十一', '二十', '三十五']);
    expect(competitionDisplayName({ name: '中国创新创业大赛', edition: 11, division: '甘肃赛区' })).toBe(
      '第十一届中国创新创业大赛（甘肃赛区）',
    );
    expect(competitionDisplayName({ name: '科普讲解大赛', edition: null, division: null })).toBe('科普讲解大赛');
  });
});
