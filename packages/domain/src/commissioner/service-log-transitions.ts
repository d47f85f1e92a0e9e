// A service log's states (docs/rules.md §5.1.1): the commissioner records it (待确认), staff of the region confirm it
// (已确认) or return it with a reason (已退回); the commissioner edits a returned log and resubmits it.

export const SERVICE_LOG_STATES = ['pending', 'confirmed', 'returned'] as const;
export type ServiceLogState = (typeof SERVICE_LOG_STATES)[number];

export const SERVICE_LOG_STATE_LABELS: Record<ServiceLogState, string> = {
  pending: '待确认',
  confirmed: '已确认',
  returned: '已退回',
};

/** One allowed move of a log, and who makes it. */
export interface ServiceLogTransition {
  from: ServiceLogState;
  to: ServiceLogState;
  label: string;
  by: 'staff' | 'commissioner';
  reasonRequired: boolean;
}

export const SERVICE_LOG_TRANSITIONS: readonly ServiceLogTransition[] = [
  { from: 'pending', to: 'confirmed', label: '确认', by: 'staff', reasonRequired: false },
  { from: 'pending', to: 'returned', label: '退回', by: 'staff', reasonRequired: true },
  { from: 'returned', to: 'pending', label: '修改后重新提交', by: 'commissioner', reasonRequired: false },
];

export function findServiceLogTransition(from: ServiceLogState, to: ServiceLogState) {
  return SERVICE_LOG_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** The Chinese refusal of a move the table forbids, naming both states. */
export function illegalServiceLogTransitionMessage(from: ServiceLogState, to: ServiceLogState): string {
  const l = SERVICE_LOG_STATE_LABELS;
  return `服务日志状态不能从“${l[from]}”变为“${l[to]}”`;
}
