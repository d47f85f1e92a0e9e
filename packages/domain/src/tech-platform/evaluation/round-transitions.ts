/** The states of an evaluation round (docs/rules.md §5.4): 开放填报 → 评审中 → 已定级 → 已公示. */
export const EVAL_ROUND_STATES = ['open', 'reviewing', 'graded', 'published'] as const;
export type EvalRoundState = (typeof EVAL_ROUND_STATES)[number];

export const EVAL_ROUND_STATE_LABELS: Record<EvalRoundState, string> = {
  open: '开放填报',
  reviewing: '评审中',
  graded: '已定级',
  published: '已公示',
};

/** One allowed move of a round, made by the bureau's staff. */
export interface EvalRoundTransition {
  from: EvalRoundState;
  to: EvalRoundState;
  /** The verb on the button. */
  label: string;
}

/** The machine as data; a round moves forward only (a correction is a new round). */
export const EVAL_ROUND_TRANSITIONS: readonly EvalRoundTransition[] = [
  { from: 'open', to: 'reviewing', label: '截止填报，进入评审' },
  { from: 'reviewing', to: 'graded', label: '汇总定级' },
  { from: 'graded', to: 'published', label: '生成公示' },
];

/** The transition from one state to another, or undefined when the machine forbids it. */
export function findEvalRoundTransition(from: EvalRoundState, to: EvalRoundState): EvalRoundTransition | undefined {
  return EVAL_ROUND_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** The Chinese refusal of a forbidden move, naming both states and what is possible. */
export function illegalEvalRoundMessage(from: EvalRoundState, to: EvalRoundState): string {
  const next = EVAL_ROUND_TRANSITIONS.filter((t) => t.from === from).map((t) => `“${EVAL_ROUND_STATE_LABELS[t.to]}”`);
  const hint = next.length ? `，当前只能变为${next.join('或')}` : '，该状态为终态';
  return `评价批次状态不能从“${EVAL_ROUND_STATE_LABELS[from]}”变为“${EVAL_ROUND_STATE_LABELS[to]}”${hint}`;
}
