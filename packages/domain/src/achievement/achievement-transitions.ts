import { ACHIEVEMENT_STATE_LABELS, type AchievementState } from './achievement.enums';

/** The moves of a registration, each one use case and one route (`POST /achievement/records/:id/<move>`). */
export const ACHIEVEMENT_MOVES = ['submit', 'accept', 'return', 'recommend', 'register', 'revoke'] as const;
export type AchievementMove = (typeof ACHIEVEMENT_MOVES)[number];

/** One allowed move of the registration's state machine (docs/rules.md §5.3). */
export interface AchievementTransition {
  move: AchievementMove;
  from: AchievementState;
  to: AchievementState;
  /** The verb on the button. */
  label: string;
  /** The first completing unit (its enterprise user, or staff on its behalf) or the bureau's staff. */
  by: 'applicant' | 'staff';
  reasonRequired: boolean;
}

/** 草稿 → 已提交 → 县级审核 (退回修改 | 推荐) → 已登记 (登记号) → 已撤销; a returned registration is corrected and resubmitted. */
export const ACHIEVEMENT_TRANSITIONS: readonly AchievementTransition[] = [
  { move: 'submit', from: 'draft', to: 'submitted', label: '提交登记', by: 'applicant', reasonRequired: false },
  {
    move: 'submit',
    from: 'returned',
    to: 'submitted',
    label: '修改后重新提交',
    by: 'applicant',
    reasonRequired: false,
  },
  { move: 'accept', from: 'submitted', to: 'county_review', label: '受理审核', by: 'staff', reasonRequired: false },
  { move: 'return', from: 'county_review', to: 'returned', label: '退回修改', by: 'staff', reasonRequired: true },
  {
    move: 'recommend',
    from: 'county_review',
    to: 'recommended',
    label: '审核推荐',
    by: 'staff',
    reasonRequired: false,
  },
  { move: 'register', from: 'recommended', to: 'registered', label: '登记', by: 'staff', reasonRequired: false },
  { move: 'revoke', from: 'registered', to: 'revoked', label: '撤销登记', by: 'staff', reasonRequired: true },
];

/** The transition a move makes from a state, or undefined when the state machine forbids it. */
export function achievementTransition(
  from: AchievementState,
  move: AchievementMove,
): AchievementTransition | undefined {
  return ACHIEVEMENT_TRANSITIONS.find((t) => t.from === from && t.move === move);
}

/** The moves available from a state (the buttons a page shows). */
export function achievementMovesFrom(from: AchievementState): AchievementTransition[] {
  return ACHIEVEMENT_TRANSITIONS.filter((t) => t.from === from);
}

/** The refusal of a move the state machine forbids, naming the current state and the state the move leads to. */
export function illegalAchievementMoveMessage(from: AchievementState, move: AchievementMove): string {
  const target = ACHIEVEMENT_TRANSITIONS.find((t) => t.move === move)!;
  const next = achievementMovesFrom(from).map((t) => `“${ACHIEVEMENT_STATE_LABELS[t.to]}”`);
  const hint = next.length ? `，当前只能变为${next.join('或')}` : '，该状态为终态';
  return `成果登记状态不能从“${ACHIEVEMENT_STATE_LABELS[from]}”变为“${ACHIEVEMENT_STATE_LABELS[target.to]}”${hint}`;
}
