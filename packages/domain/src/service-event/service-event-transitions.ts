import { SERVICE_EVENT_STATE_LABELS, type ServiceEventState } from './service-event.enums';

/** One allowed move of an event's status (staff of its region make every move). */
export interface ServiceEventTransition {
  from: ServiceEventState;
  to: ServiceEventState;
  /** The verb on the button. */
  label: string;
  /** 取消 must say why. */
  reasonRequired: boolean;
}

/** 计划 → 已举办 | 取消 (with a reason); both are final. */
export const SERVICE_EVENT_TRANSITIONS: readonly ServiceEventTransition[] = [
  { from: 'planned', to: 'held', label: '登记已举办', reasonRequired: false },
  { from: 'planned', to: 'cancelled', label: '取消活动', reasonRequired: true },
];

export function findEventTransition(
  from: ServiceEventState,
  to: ServiceEventState,
): ServiceEventTransition | undefined {
  return SERVICE_EVENT_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

export function eventTransitionsFrom(from: ServiceEventState): ServiceEventTransition[] {
  return SERVICE_EVENT_TRANSITIONS.filter((t) => t.from === from);
}

/** The Chinese refusal of a move the table forbids, naming both states and what is allowed instead. */
export function illegalEventTransitionMessage(from: ServiceEventState, to: ServiceEventState): string {
  const label = SERVICE_EVENT_STATE_LABELS;
  const next = eventTransitionsFrom(from).map((t) => `“${label[t.to]}”`);
  const hint = next.length ? `，当前只能变为${next.join('或')}` : '，该状态为终态';
  return `活动状态不能从“${label[from]}”变为“${label[to]}”${hint}`;
}
