import { describe, expect, it } from 'vitest';
import {
  DEMAND_TRANSITIONS,
  findDemandTransition,
  illegalDemandTransitionMessage,
  viaDemandTransitionMessage,
} from './demand-transitions';
import { DEMAND_STATES } from './tech-demand.enums';

describe('揭榜挂帅 demand state machine (docs/rules.md §5.2)', () => {
  it('names only known states and has no duplicate move', () => {
    const keys = DEMAND_TRANSITIONS.map((t) => `${t.from}>${t.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of DEMAND_TRANSITIONS) {
      expect(DEMAND_STATES).toContain(t.from);
      expect(DEMAND_STATES).toContain(t.to);
    }
  });

  it('makes ranking, bid, contract and acceptance moves only through their own use case', () => {
    expect(findDemandTransition('reviewing', 'selected')?.via).toBe('ranking');
    expect(findDemandTransition('reviewing', 'not_selected')?.via).toBe('ranking');
    expect(findDemandTransition('published', 'bidding')?.via).toBe('bid');
    expect(findDemandTransition('bidding', 'signed')?.via).toBe('contract');
    expect(findDemandTransition('implementing', 'accepted')?.via).toBe('acceptance');
    expect(findDemandTransition('draft', 'submitted')?.via).toBeUndefined();
    expect(viaDemandTransitionMessage(findDemandTransition('reviewing', 'selected')!)).toContain('确认论证排名');
  });

  it('asks a reason for a return and a termination, and lets staff terminate from 已发榜 to 实施中', () => {
    expect(findDemandTransition('submitted', 'draft')).toMatchObject({ by: 'staff', reasonRequired: true });
    for (const from of ['published', 'bidding', 'signed', 'implementing'] as const) {
      expect(findDemandTransition(from, 'terminated')).toMatchObject({ by: 'staff', reasonRequired: true });
    }
    expect(findDemandTransition('draft', 'terminated')).toBeUndefined();
  });

  it('refuses an illegal move naming both states and what is possible', () => {
    expect(illegalDemandTransitionMessage('draft', 'published')).toBe(
      '需求状态不能从“草稿”变为“已发榜”，当前只能变为“已提交”',
    );
    expect(illegalDemandTransitionMessage('accepted', 'draft')).toContain('终态');
  });
});
