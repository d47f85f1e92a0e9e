import { describe, expect, it } from 'vitest';
import {
  ACHIEVEMENT_TRANSITIONS,
  achievementMovesFrom,
  achievementTransition,
  illegalAchievementMoveMessage,
} from './achievement-transitions';
import { ACHIEVEMENT_STATES } from './achievement.enums';
import { EVIDENCE_RULES, missingEvidence, missingEvidenceMessage } from './achievement-evidence';
import { ZAchievementInput } from './achievement.contract';
import { registrationNoProblem } from './registration-number';

const form = (extra: Record<string, unknown> = {}) => ({
  name: '测试成果',
  category: 'applied',
  enterpriseId: 1,
  completers: [{ order: 1, name: '张三' }],
  researchStart: '2020-01',
  researchEnd: '2020-12',
  attribute: 'original',
  keywords: ['甲'],
  level: 'domestic_leading',
  stage: 'mature',
  evaluation: 'appraisal',
  abstract: '简介',
  ...extra,
});
const messages = (body: unknown) => {
  const r = ZAchievementInput.safeParse(body);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('科技成果登记 rules (docs/rules.md §5.3)', () => {
  it('checks the 登记号: 12 characters, the 登记日期 year, the 类别 flag, a serial', () => {
    expect(registrationNoProblem('6202022Y0031', 'applied', '2022-04-18')).toBeNull();
    expect(registrationNoProblem('6202022J0031', 'basic', '2022-04-18')).toBeNull();
    expect(registrationNoProblem('6202022R0031', 'soft', '2022-04-18')).toBeNull();
    expect(registrationNoProblem('6202022Y031', 'applied', '2022-04-18')).toContain('登记号须为 12 位');
    expect(registrationNoProblem('6202021Y0031', 'applied', '2022-04-18')).toContain('年份 2021');
    expect(registrationNoProblem('6202022R0031', 'applied', '2022-04-18')).toContain('类型标志须为 Y');
    expect(registrationNoProblem('6202022Y0000', 'applied', '2022-04-18')).toContain('流水号');
  });

  it('names the evidence a 类别 requires and is missing', () => {
    expect(EVIDENCE_RULES.map((r) => r.category).sort()).toEqual(['applied', 'basic', 'soft']);
    expect(missingEvidence('applied', ['form', 'ip'])).toEqual(['appraisal', 'user']);
    expect(missingEvidence('soft', ['form', 'use', 'report'])).toEqual([]);
    expect(missingEvidenceMessage('basic', ['paper'])).toBe(
      '基础理论类成果登记缺少证明材料：“论文或专著”，请上传后再提交',
    );
  });

  it('keeps the states as data: every move from a state, a refused one naming both states', () => {
    for (const t of ACHIEVEMENT_TRANSITIONS) expect(ACHIEVEMENT_STATES).toContain(t.to);
    expect(achievementTransition('returned', 'submit')?.to).toBe('submitted');
    expect(achievementTransition('draft', 'register')).toBeUndefined();
    expect(achievementMovesFrom('county_review').map((t) => t.to)).toEqual(['returned', 'recommended']);
    expect(achievementMovesFrom('revoked')).toEqual([]);
    expect(illegalAchievementMoveMessage('draft', 'register')).toBe(
      '成果登记状态不能从“草稿”变为“已登记”，当前只能变为“已提交”',
    );
    expect(ACHIEVEMENT_TRANSITIONS.filter((t) => t.reasonRequired).map((t) => t.move)).toEqual(['return', 'revoke']);
  });

  it('refuses the form’s bad input, naming the field', () => {
    expect(messages(form())).toEqual([]);
    expect(messages(form({ secrecy: 'classified' }))[0]).toContain('成果密级：涉密科技成果不通过本系统登记');
    expect(messages(form({ keywords: ['a', 'b', 'c', 'd'] }))).toEqual(['关键词最多 3 个']);
    expect(messages(form({ abstract: '𠀀'.repeat(2000) }))).toEqual([]);
    expect(messages(form({ abstract: '𠀀'.repeat(2001) }))[0]).toContain('成果简介最多 2000 字');
    expect(messages(form({ researchEnd: '2019-12' }))[0]).toContain('不能早于研究起始时间');
    expect(messages(form({ completers: [{ order: 2, name: '张三' }] }))[0]).toContain('完成人排序须为 1 至 1');
  });
});
