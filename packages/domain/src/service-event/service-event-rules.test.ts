import { describe, expect, it } from 'vitest';
import { POPSCI_BASE_OPEN_DAYS, openDaysInYear } from './popsci-base-conditions';
import { ZServiceEventInput } from './service-event.contract';
import { findEventTransition, illegalEventTransitionMessage } from './service-event-transitions';

describe('科技服务活动 rules (docs/rules.md §5.7)', () => {
  it('moves 计划 → 已举办 or 取消 (with a reason) and nothing after', () => {
    expect(findEventTransition('planned', 'held')).toMatchObject({ reasonRequired: false });
    expect(findEventTransition('planned', 'cancelled')).toMatchObject({ reasonRequired: true });
    expect(findEventTransition('held', 'cancelled')).toBeUndefined();
    expect(illegalEventTransitionMessage('held', 'cancelled')).toBe('活动状态不能从“已举办”变为“取消”，该状态为终态');
  });

  it('counts a base’s open days as the distinct days of its events inside the year', () => {
    const events = [
      { startOn: '2022-05-01', endOn: '2022-05-03' },
      { startOn: '2022-05-03', endOn: '2022-05-04' },
      { startOn: '2021-12-30', endOn: '2022-01-02' },
    ];
    expect(openDaysInYear(events, 2022)).toBe(6);
    expect(openDaysInYear(events, 2021)).toBe(2);
    expect(openDaysInYear([], 2022)).toBe(0);
    expect(POPSCI_BASE_OPEN_DAYS).toMatchObject({ minOpenDaysPerYear: 200, ref: { source: 'S83' } });
  });

  it('refuses 结束日期 before 开始日期, naming 结束日期', () => {
    const body = { title: '测试活动', kind: 'training', organiser: '县科技局', regionCode: '621122' };
    const bad = ZServiceEventInput.safeParse({ ...body, startOn: '2022-05-02', endOn: '2022-05-01' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ['endOn'], message: '结束日期不能早于开始日期' });
    expect(ZServiceEventInput.safeParse({ ...body, startOn: '2022-05-02', endOn: '2022-05-02' }).success).toBe(true);
  });
});
