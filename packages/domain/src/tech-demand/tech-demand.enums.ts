// 揭榜挂帅 states and words (docs/rules.md §5.2).

/** A demand's states, from the enterprise's draft to the result of its 揭榜 project. */
export const DEMAND_STATES = [
  'draft',
  'submitted',
  'reviewing',
  'selected',
  'not_selected',
  'published',
  'bidding',
  'signed',
  'implementing',
  'accepted',
  'failed',
  'terminated',
] as const;
export type DemandState = (typeof DEMAND_STATES)[number];

export const DEMAND_STATE_LABELS: Record<DemandState, string> = {
  draft: '草稿',
  submitted: '已提交',
  reviewing: '论证中',
  selected: '入选',
  not_selected: '落选',
  published: '已发榜',
  bidding: '揭榜中',
  signed: '已揭榜(签约)',
  implementing: '实施中',
  accepted: '验收通过',
  failed: '验收未通过',
  terminated: '终止',
};

/** A call's (榜单批次) stages: collecting demands, under 论证, published, closed. */
export const CALL_STATES = ['collecting', 'reviewing', 'published', 'closed'] as const;
export type CallState = (typeof CALL_STATES)[number];

export const CALL_STATE_LABELS: Record<CallState, string> = {
  collecting: '征集中',
  reviewing: '论证中',
  published: '已发榜',
  closed: '已结束',
};

/** The four dimensions experts score a demand on (docs/rules.md §5.2), each 0–100. */
export const REVIEW_DIMENSIONS = [
  { key: 'industry', label: '产业带动作用' },
  { key: 'foundation', label: '研究基础' },
  { key: 'indicators', label: '技术指标' },
  { key: 'finance', label: '财务指标' },
] as const;
export type ReviewDimension = (typeof REVIEW_DIMENSIONS)[number]['key'];

/** The dictionary of demand fields (领域), added by the module's migration. */
export const TECH_DEMAND_FIELD_DICT = 'tech_demand_field';
export const TECH_DEMAND_FIELDS = [
  '现代农业',
  '中医药',
  '装备制造',
  '新材料',
  '新能源',
  '生物技术',
  '信息技术',
  '节能环保',
];
