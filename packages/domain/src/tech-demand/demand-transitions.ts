import { DEMAND_STATE_LABELS, type DemandState } from './tech-demand.enums';

/** Who performs a move: the enterprise (or staff on its behalf) or the bureau's staff. */
export type DemandActor = 'owner' | 'staff';

/** The use case a move happens only through; the generic transition endpoint refuses it. */
export type DemandVia = 'ranking' | 'bid' | 'contract' | 'acceptance';

/** One allowed move of a demand (docs/rules.md §5.2). */
export interface DemandTransition {
  from: DemandState;
  to: DemandState;
  /** The verb on the button. */
  label: string;
  by: DemandActor;
  reasonRequired: boolean;
  via?: DemandVia;
}

/** How a via-move is done, for the refusal's message. */
export const DEMAND_VIA_LABELS: Record<DemandVia, string> = {
  ranking: '确认论证排名',
  bid: '提交揭榜申请',
  contract: '签订揭榜合同',
  acceptance: '项目验收',
};

const t = (
  from: DemandState,
  to: DemandState,
  label: string,
  by: DemandActor,
  extra: { reasonRequired?: boolean; via?: DemandVia } = {},
): DemandTransition => ({ from, to, label, by, reasonRequired: extra.reasonRequired ?? false, via: extra.via });

/**
 * 草稿 → 已提交 → 论证中 → 入选 | 落选 → 已发榜 → 揭榜中 → 已揭榜(签约) → 实施中 → 验收通过 | 验收未通过, with 退回修改
 * (submitted → draft) and 终止 from 已发榜 to 实施中 (docs/rules.md §5.2).
 */
export const DEMAND_TRANSITIONS: readonly DemandTransition[] = [
  t('draft', 'submitted', '提交需求', 'owner'),
  t('submitted', 'draft', '退回修改', 'staff', { reasonRequired: true }),
  t('submitted', 'reviewing', '开始论证', 'staff'),
  t('reviewing', 'selected', '确定入选', 'staff', { via: 'ranking' }),
  t('reviewing', 'not_selected', '确定落选', 'staff', { via: 'ranking' }),
  t('selected', 'published', '发榜', 'staff'),
  t('published', 'bidding', '揭榜申请', 'owner', { via: 'bid' }),
  t('bidding', 'signed', '签订合同', 'staff', { via: 'contract' }),
  t('signed', 'implementing', '开始实施', 'staff'),
  t('implementing', 'accepted', '验收通过', 'staff', { via: 'acceptance' }),
  t('implementing', 'failed', '验收未通过', 'staff', { via: 'acceptance', reasonRequired: true }),
  t('published', 'terminated', '终止', 'staff', { reasonRequired: true }),
  t('bidding', 'terminated', '终止', 'staff', { reasonRequired: true }),
  t('signed', 'terminated', '终止', 'staff', { reasonRequired: true }),
  t('implementing', 'terminated', '终止', 'staff', { reasonRequired: true }),
];

/** The move from one state to another, or undefined when the table forbids it. */
export function findDemandTransition(from: DemandState, to: DemandState): DemandTransition | undefined {
  return DEMAND_TRANSITIONS.find((x) => x.from === from && x.to === to);
}

/** The moves from a state (the buttons a page shows; via-moves are done on their own pages). */
export function demandTransitionsFrom(from: DemandState): DemandTransition[] {
  return DEMAND_TRANSITIONS.filter((x) => x.from === from);
}

/** The Chinese refusal of a move the table forbids, naming both states. */
export function illegalDemandTransitionMessage(from: DemandState, to: DemandState): string {
  const next = demandTransitionsFrom(from).map((x) => `“${DEMAND_STATE_LABELS[x.to]}”`);
  const hint = next.length ? `，当前只能变为${next.join('或')}` : '，该状态为终态';
  return `需求状态不能从“${DEMAND_STATE_LABELS[from]}”变为“${DEMAND_STATE_LABELS[to]}”${hint}`;
}

/** The refusal of a via-move asked of the generic endpoint, naming the way it is done. */
export function viaDemandTransitionMessage(tr: DemandTransition): string {
  return `需求从“${DEMAND_STATE_LABELS[tr.from]}”变为“${DEMAND_STATE_LABELS[tr.to]}”须通过“${DEMAND_VIA_LABELS[tr.via!]}”办理`;
}
