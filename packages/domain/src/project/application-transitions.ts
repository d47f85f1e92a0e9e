import { APPLICATION_STATE_LABELS, type ApplicationState } from './project.enums';

/** Who performs a transition: the applicant (the enterprise user, or staff on its behalf) or the bureau's staff. */
export type TransitionActor = 'applicant' | 'staff';

/** One allowed move of the application state machine. */
export interface ApplicationTransition {
  from: ApplicationState;
  to: ApplicationState;
  /** The verb shown on the button, e.g. 提交申报. */
  label: string;
  by: TransitionActor;
  /** A reason must be written (returns, refusals, terminations). */
  reasonRequired: boolean;
}

/**
 * 草稿 → 已提交 → 县级审核 (退回修改 | 推荐上报) → 立项 | 未立项 → 实施中 → 中期检查 → 验收通过 | 终止.
 * A returned application is corrected and submitted again; a project may be terminated at any point of its implementation.
 */
export const APPLICATION_TRANSITIONS: readonly ApplicationTransition[] = [
  { from: 'draft', to: 'submitted', label: '提交申报', by: 'applicant', reasonRequired: false },
  { from: 'submitted', to: 'county_review', label: '受理审核', by: 'staff', reasonRequired: false },
  { from: 'county_review', to: 'returned', label: '退回修改', by: 'staff', reasonRequired: true },
  { from: 'county_review', to: 'recommended', label: '推荐上报', by: 'staff', reasonRequired: false },
  { from: 'returned', to: 'submitted', label: '修改后重新提交', by: 'applicant', reasonRequired: false },
  { from: 'recommended', to: 'approved', label: '登记立项', by: 'staff', reasonRequired: false },
  { from: 'recommended', to: 'rejected', label: '登记未立项', by: 'staff', reasonRequired: true },
  { from: 'approved', to: 'in_progress', label: '开始实施', by: 'staff', reasonRequired: false },
  { from: 'in_progress', to: 'midterm', label: '中期检查', by: 'staff', reasonRequired: false },
  { from: 'in_progress', to: 'terminated', label: '终止项目', by: 'staff', reasonRequired: true },
  { from: 'midterm', to: 'accepted', label: '验收通过', by: 'staff', reasonRequired: false },
  { from: 'midterm', to: 'terminated', label: '终止项目', by: 'staff', reasonRequired: true },
];

/** The transition from one state to another, or undefined when the state machine forbids it. */
export function findTransition(from: ApplicationState, to: ApplicationState): ApplicationTransition | undefined {
  return APPLICATION_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** The moves available from a state (for the buttons a page shows). */
export function transitionsFrom(from: ApplicationState): ApplicationTransition[] {
  return APPLICATION_TRANSITIONS.filter((t) => t.from === from);
}

/** The Chinese message refusing a move the state machine forbids, naming both states. */
export function illegalTransitionMessage(from: ApplicationState, to: ApplicationState): string {
  const next = transitionsFrom(from).map((t) => `“${APPLICATION_STATE_LABELS[t.to]}”`);
  const hint = next.length ? `，当前只能变为${next.join('或')}` : '，该状态为终态';
  return `申报书状态不能从“${APPLICATION_STATE_LABELS[from]}”变为“${APPLICATION_STATE_LABELS[to]}”${hint}`;
}
