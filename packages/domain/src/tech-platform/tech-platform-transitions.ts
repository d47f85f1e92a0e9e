import { TECH_PLATFORM_STATE_LABELS, type TechPlatformState } from './tech-platform.enums';

/** One allowed move of a platform's status (staff of its region make every move). */
export interface TechPlatformTransition {
  from: TechPlatformState;
  to: TechPlatformState;
  /** The verb on the button. */
  label: string;
  /** 摘牌 and 撤销 must say why. */
  reasonRequired: boolean;
}

/** 筹备 → 建设中 → 已认定 → 摘牌 | 撤销; a platform in preparation or construction may also be given up (撤销). */
export const TECH_PLATFORM_TRANSITIONS: readonly TechPlatformTransition[] = [
  { from: 'preparing', to: 'building', label: '开始建设', reasonRequired: false },
  { from: 'preparing', to: 'revoked', label: '撤销', reasonRequired: true },
  { from: 'building', to: 'recognized', label: '登记认定', reasonRequired: false },
  { from: 'building', to: 'revoked', label: '撤销', reasonRequired: true },
  { from: 'recognized', to: 'delisted', label: '摘牌', reasonRequired: true },
  { from: 'recognized', to: 'revoked', label: '撤销认定', reasonRequired: true },
];

export function findPlatformTransition(
  from: TechPlatformState,
  to: TechPlatformState,
): TechPlatformTransition | undefined {
  return TECH_PLATFORM_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

export function platformTransitionsFrom(from: TechPlatformState): TechPlatformTransition[] {
  return TECH_PLATFORM_TRANSITIONS.filter((t) => t.from === from);
}

/** The Chinese refusal of a move the table forbids, naming both states and what is allowed instead. */
export function illegalPlatformTransitionMessage(from: TechPlatformState, to: TechPlatformState): string {
  const label = TECH_PLATFORM_STATE_LABELS;
  const next = platformTransitionsFrom(from).map((t) => `“${label[t.to]}”`);
  const hint = next.length ? `，当前只能变为${next.join('或')}` : '，该状态为终态';
  return `创新平台状态不能从“${label[from]}”变为“${label[to]}”${hint}`;
}
