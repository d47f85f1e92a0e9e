import { NEED_STATE_LABELS, type NeedState } from './matching.contract';

/** Who moves a need: the bureau's staff, the enterprise that posted it, or the commissioner assigned to it. */
export type NeedActor = 'staff' | 'enterprise' | 'commissioner';

export interface NeedTransition {
  from: NeedState;
  to: NeedState;
  label: string;
  by: readonly NeedActor[];
}

/** docs/rules.md §5.1.2: 待对接 → 已指派 (staff) → 已办结 (the commissioner, or staff) → 已关闭 (the enterprise, or staff). */
export const NEED_TRANSITIONS: readonly NeedTransition[] = [
  { from: 'open', to: 'assigned', label: '指派特派员', by: ['staff'] },
  { from: 'open', to: 'closed', label: '撤回需求', by: ['enterprise', 'staff'] },
  { from: 'assigned', to: 'done', label: '办结', by: ['commissioner', 'staff'] },
  { from: 'done', to: 'closed', label: '确认关闭', by: ['enterprise', 'staff'] },
];

export function findNeedTransition(from: NeedState, to: NeedState): NeedTransition | undefined {
  return NEED_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** Whether a part ever makes a move into `to` (else a request for it is refused whatever the state). */
export function mayMoveTo(by: NeedActor, to: NeedState): boolean {
  return NEED_TRANSITIONS.some((t) => t.to === to && t.by.includes(by));
}

/** The Chinese refusal of a move the table forbids (naming both states), or of an actor it does not name. */
export function needTransitionProblem(from: NeedState, to: NeedState, by: NeedActor): string | null {
  const t = findNeedTransition(from, to);
  if (!t) return `需求状态不能从“${NEED_STATE_LABELS[from]}”变为“${NEED_STATE_LABELS[to]}”`;
  if (!t.by.includes(by)) return `“${t.label}”不由您办理`;
  return null;
}
