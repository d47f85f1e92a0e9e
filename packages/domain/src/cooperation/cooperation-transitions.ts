import {
  AGREEMENT_STATE_LABELS,
  COOP_PROJECT_STATE_LABELS,
  type AgreementState,
  type CoopProjectState,
} from './cooperation.enums';

/** One allowed move of a state machine of the module; every move is the region's staff's (the bureau's) own. */
export interface CoopTransition<S extends string> {
  from: S;
  to: S;
  /** The verb on the button. */
  label: string;
  /** A reason must be written (terminations). */
  reasonRequired: boolean;
}

/** 签订 → 执行中 → 到期 | 终止; an agreement may also be terminated before it is carried out. */
export const AGREEMENT_TRANSITIONS: readonly CoopTransition<AgreementState>[] = [
  { from: 'signed', to: 'executing', label: '开始执行', reasonRequired: false },
  { from: 'signed', to: 'terminated', label: '终止协议', reasonRequired: true },
  { from: 'executing', to: 'expired', label: '到期', reasonRequired: false },
  { from: 'executing', to: 'terminated', label: '终止协议', reasonRequired: true },
];

/** 签约 → 实施中 → 已结题 | 终止; a project may also be terminated before it starts. */
export const COOP_PROJECT_TRANSITIONS: readonly CoopTransition<CoopProjectState>[] = [
  { from: 'signed', to: 'in_progress', label: '开始实施', reasonRequired: false },
  { from: 'signed', to: 'terminated', label: '终止项目', reasonRequired: true },
  { from: 'in_progress', to: 'concluded', label: '结题', reasonRequired: false },
  { from: 'in_progress', to: 'terminated', label: '终止项目', reasonRequired: true },
];

/** The rules of one state machine: its moves, its state labels and what it calls its record. */
export interface CoopMachine<S extends string> {
  what: string;
  transitions: readonly CoopTransition<S>[];
  labels: Record<S, string>;
}

export const AGREEMENT_MACHINE: CoopMachine<AgreementState> = {
  what: '合作协议',
  transitions: AGREEMENT_TRANSITIONS,
  labels: AGREEMENT_STATE_LABELS,
};

export const COOP_PROJECT_MACHINE: CoopMachine<CoopProjectState> = {
  what: '合作项目',
  transitions: COOP_PROJECT_TRANSITIONS,
  labels: COOP_PROJECT_STATE_LABELS,
};

/** The move from one state to another, or undefined when the machine forbids it. */
export function findCoopTransition<S extends string>(m: CoopMachine<S>, from: S, to: S) {
  return m.transitions.find((t) => t.from === from && t.to === to);
}

/** The moves available from a state (the buttons a page shows). */
export function coopTransitionsFrom<S extends string>(m: CoopMachine<S>, from: S): CoopTransition<S>[] {
  return m.transitions.filter((t) => t.from === from);
}

/** The Chinese refusal of a forbidden move, naming both states and what is possible instead. */
export function illegalCoopTransitionMessage<S extends string>(m: CoopMachine<S>, from: S, to: S): string {
  const next = coopTransitionsFrom(m, from).map((t) => `“${m.labels[t.to]}”`);
  const hint = next.length ? `，当前只能变为${next.join('或')}` : '，该状态为终态';
  const toLabel = m.labels[to] ?? to;
  return `${m.what}状态不能从“${m.labels[from]}”变为“${toLabel}”${hint}`;
}
