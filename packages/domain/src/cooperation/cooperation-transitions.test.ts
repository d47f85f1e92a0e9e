import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_MACHINE,
  COOP_PROJECT_MACHINE,
  coopTransitionsFrom,
  findCoopTransition,
  illegalCoopTransitionMessage,
} from './cooperation-transitions';

describe('院地院企合作 state machines', () => {
  it('moves an agreement 签订 → 执行中 → 到期 | 终止, termination with a reason', () => {
    expect(findCoopTransition(AGREEMENT_MACHINE, 'signed', 'executing')?.reasonRequired).toBe(false);
    expect(findCoopTransition(AGREEMENT_MACHINE, 'executing', 'expired')).toBeDefined();
    expect(findCoopTransition(AGREEMENT_MACHINE, 'executing', 'terminated')?.reasonRequired).toBe(true);
    expect(findCoopTransition(AGREEMENT_MACHINE, 'signed', 'expired')).toBeUndefined();
    expect(coopTransitionsFrom(AGREEMENT_MACHINE, 'expired')).toEqual([]);
  });

  it('moves a project 签约 → 实施中 → 已结题 | 终止 and refuses the rest naming both states', () => {
    expect(findCoopTransition(COOP_PROJECT_MACHINE, 'in_progress', 'concluded')).toBeDefined();
    expect(findCoopTransition(COOP_PROJECT_MACHINE, 'concluded', 'in_progress')).toBeUndefined();
    expect(illegalCoopTransitionMessage(COOP_PROJECT_MACHINE, 'signed', 'concluded')).toBe(
      '合作项目状态不能从“签约”变为“已结题”，当前只能变为“实施中”或“终止”',
    );
    expect(illegalCoopTransitionMessage(AGREEMENT_MACHINE, 'terminated', 'executing')).toBe(
      '合作协议状态不能从“终止”变为“执行中”，该状态为终态',
    );
  });
});
