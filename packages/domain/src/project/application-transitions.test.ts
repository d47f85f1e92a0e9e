import { describe, expect, it } from 'vitest';
import {
  APPLICATION_TRANSITIONS,
  findTransition,
  illegalTransitionMessage,
  transitionsFrom,
} from './application-transitions';
import { APPLICATION_STATES, APPLICATION_STATE_LABELS, type ApplicationState } from './project.enums';

// The whole table, written out independently of the code: [from, to, by].
const EXPECTED: [ApplicationState, ApplicationState, 'applicant' | 'staff'][] = [
  ['draft', 'submitted', 'applicant'],
  ['submitted', 'county_review', 'staff'],
  ['county_review', 'returned', 'staff'],
  ['county_review', 'recommended', 'staff'],
  ['returned', 'submitted', 'applicant'],
  ['recommended', 'approved', 'staff'],
  ['recommended', 'rejected', 'staff'],
  ['approved', 'in_progress', 'staff'],
  ['in_progress', 'midterm', 'staff'],
  ['in_progress', 'terminated', 'staff'],
  ['midterm', 'accepted', 'staff'],
  ['midterm', 'terminated', 'staff'],
];

describe('application state machine', () => {
  const pairs = APPLICATION_STATES.flatMap((from) => APPLICATION_STATES.map((to) => [from, to] as const));
  it.each(pairs)('%s → %s is allowed exactly when the table says so', (from, to) => {
    const expected = EXPECTED.find(([f, t]) => f === from && t === to);
    const found = findTransition(from, to);
    expect(Boolean(found)).toBe(Boolean(expected));
    if (expected) expect(found!.by).toBe(expected[2]);
  });

  it('has no more entries than expected and no duplicates', () => {
    expect(APPLICATION_TRANSITIONS).toHaveLength(EXPECTED.length);
    expect(new Set(APPLICATION_TRANSITIONS.map((t) => `${t.from}>${t.to}`)).size).toBe(EXPECTED.length);
  });

  it('requires a reason for returns, refusals and terminations only', () => {
    expect(
      APPLICATION_TRANSITIONS.filter((t) => t.reasonRequired)
        .map((t) => t.to)
        .sort(),
    ).toEqual(['rejected', 'returned', 'terminated', 'terminated']);
  });

  it('ends in 验收通过, 终止 and 未立项', () => {
    expect(APPLICATION_STATES.filter((s) => transitionsFrom(s).length === 0).sort()).toEqual([
      'accepted',
      'rejected',
      'terminated',
    ]);
  });

  it('names both states when refusing', () => {
    expect(illegalTransitionMessage('draft', 'approved')).toBe(
      '申报书状态不能从“草稿”变为“立项”，当前只能变为“已提交”',
    );
    expect(illegalTransitionMessage('accepted', 'in_progress')).toContain(`“${APPLICATION_STATE_LABELS.accepted}”`);
    expect(illegalTransitionMessage('accepted', 'in_progress')).toContain('终态');
  });
});
