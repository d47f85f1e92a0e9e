import { NOMINATION_STATE_LABELS, type NominationState } from './award.enums';

/** One allowed move of a nomination: a result recorded when the programme announces it. */
export interface NominationTransition {
  from: NominationState;
  to: NominationState;
  /** The verb on the button. */
  label: string;
  /** The result must name its 等级 (获奖). */
  gradeRequired: boolean;
}

/** 推荐 → 获奖 (with its 等级, 名次 if announced) | 未获奖. A recorded result is final. */
export const NOMINATION_TRANSITIONS: readonly NominationTransition[] = [
  { from: 'nominated', to: 'awarded', label: '登记获奖', gradeRequired: true },
  { from: 'nominated', to: 'not_awarded', label: '登记未获奖', gradeRequired: false },
];

/** The move from one state to another, or undefined when the table forbids it. */
export function findNominationTransition(from: NominationState, to: NominationState): NominationTransition | undefined {
  return NOMINATION_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** The moves available from a state (the buttons a page shows). */
export function nominationTransitionsFrom(from: NominationState): NominationTransition[] {
  return NOMINATION_TRANSITIONS.filter((t) => t.from === from);
}

/** The Chinese refusal of a move the table forbids, naming both states. */
export function illegalNominationMessage(from: NominationState, to: NominationState): string {
  const next = nominationTransitionsFrom(from).map((t) => `“${NOMINATION_STATE_LABELS[t.to]}”`);
  const hint = next.length ? `，当前只能变为${next.join('或')}` : '，评选结果已登记';
  return `获奖推荐状态不能从“${NOMINATION_STATE_LABELS[from]}”变为“${NOMINATION_STATE_LABELS[to]}”${hint}`;
}
