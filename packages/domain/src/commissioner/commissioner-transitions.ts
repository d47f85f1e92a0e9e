import { COMMISSIONER_STATE_LABELS, type CommissionerState } from './commissioner.enums';

/** The moves of a commissioner's status, each its own use case on the server (docs/rules.md §5.1). */
export const COMMISSIONER_MOVES = ['recommend', 'review', 'publicise', 'appoint', 'expire', 'dismiss'] as const;
export type CommissionerMove = (typeof COMMISSIONER_MOVES)[number];

export interface CommissionerTransition {
  move: CommissionerMove;
  from: readonly CommissionerState[];
  to: CommissionerState;
  /** The verb on the button. */
  label: string;
  /** 解聘 must say why. */
  reasonRequired: boolean;
}

/**
 * 自愿申请 → 单位推荐 → 县级审核 → 公示 → 聘任 → 期满 | 解聘 (the procedure of 甘科农函〔2025〕94号, docs/rules.md §5.1,
 * with the county's review in place of the province's). 解聘 ends an appointment early; 期满 is also set by the
 * daily job once the term has ended.
 */
export const COMMISSIONER_TRANSITIONS: readonly CommissionerTransition[] = [
  { move: 'recommend', from: ['applied'], to: 'recommended', label: '单位推荐', reasonRequired: false },
  { move: 'review', from: ['recommended'], to: 'reviewed', label: '县级审核', reasonRequired: false },
  { move: 'publicise', from: ['reviewed'], to: 'publicised', label: '公示', reasonRequired: false },
  { move: 'appoint', from: ['publicised'], to: 'appointed', label: '聘任', reasonRequired: false },
  { move: 'expire', from: ['appointed'], to: 'expired', label: '期满', reasonRequired: false },
  { move: 'dismiss', from: ['appointed'], to: 'dismissed', label: '解聘', reasonRequired: true },
];

export const commissionerTransitionOf = (move: CommissionerMove): CommissionerTransition =>
  COMMISSIONER_TRANSITIONS.find((t) => t.move === move)!;

/** The moves open from a state (the detail's buttons). */
export const commissionerMovesFrom = (from: CommissionerState): CommissionerTransition[] =>
  COMMISSIONER_TRANSITIONS.filter((t) => t.from.includes(from));

/** The Chinese refusal of a move the table forbids, naming both states and what is allowed instead. */
export function illegalCommissionerMoveMessage(from: CommissionerState, move: CommissionerMove): string {
  const label = COMMISSIONER_STATE_LABELS;
  const to = commissionerTransitionOf(move).to;
  const next = commissionerMovesFrom(from).map((t) => `“${label[t.to]}”`);
  const hint = next.length ? `，当前只能变为${next.join('或')}` : '，该状态为终态';
  return `科技特派员状态不能从“${label[from]}”变为“${label[to]}”${hint}`;
}
