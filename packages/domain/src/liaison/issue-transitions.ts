import { LIAISON_ISSUE_STATE_LABELS, type LiaisonIssueState } from './liaison.enums';

/** Who makes a move: the bureau (liaison:write) or the enterprise that raised the issue (liaison:self). */
export type LiaisonIssueActor = 'staff' | 'enterprise';

/** One allowed move of an enterprise issue (docs/rules.md §5.7.1). */
export interface LiaisonIssueTransition {
  from: LiaisonIssueState;
  to: LiaisonIssueState;
  by: LiaisonIssueActor;
  /** The verb on the button. */
  label: string;
  reasonRequired: boolean;
  /** 已办结 needs the department's answer (办理答复). */
  answerRequired: boolean;
}

/** 待办 → 办理中 → 已办结 → 企业确认, or 退回重办 (back to 办理中, with a reason) by the enterprise. */
export const LIAISON_ISSUE_TRANSITIONS: readonly LiaisonIssueTransition[] = [
  { from: 'pending', to: 'handling', by: 'staff', label: '开始办理', reasonRequired: false, answerRequired: false },
  { from: 'handling', to: 'closed', by: 'staff', label: '办结答复', reasonRequired: false, answerRequired: true },
  {
    from: 'closed',
    to: 'confirmed',
    by: 'enterprise',
    label: '确认办结',
    reasonRequired: false,
    answerRequired: false,
  },
  { from: 'closed', to: 'handling', by: 'enterprise', label: '退回重办', reasonRequired: true, answerRequired: false },
];

export function findIssueTransition(
  from: LiaisonIssueState,
  to: LiaisonIssueState,
  by: LiaisonIssueActor,
): LiaisonIssueTransition | undefined {
  return LIAISON_ISSUE_TRANSITIONS.find((t) => t.from === from && t.to === to && t.by === by);
}

export function issueTransitionsFrom(from: LiaisonIssueState, by: LiaisonIssueActor): LiaisonIssueTransition[] {
  return LIAISON_ISSUE_TRANSITIONS.filter((t) => t.from === from && t.by === by);
}

/** The Chinese refusal of a move the table forbids this actor, naming both states. */
export function illegalIssueTransitionMessage(
  from: LiaisonIssueState,
  to: LiaisonIssueState,
  by: LiaisonIssueActor,
): string {
  const label = LIAISON_ISSUE_STATE_LABELS;
  const next = issueTransitionsFrom(from, by).map((t) => `“${label[t.to]}”`);
  const hint = next.length ? `，当前只能变为${next.join('或')}` : '，当前无可办理的操作';
  return `诉求状态不能从“${label[from]}”变为“${label[to]}”${hint}`;
}
