import type { SourceRef } from './source';

/** One 大类 excluded from 研发费用加计扣除 (and, since 2022, from 科技型中小企业). */
export interface NegativeListRow extends SourceRef {
  readonly division: string;
  readonly section: string;
  readonly divisionName: string;
  /** The industry as worded in 财税〔2015〕119号. */
  readonly listedAs: string;
}

// The 119号 list names industries, not codes; the GB/T 4754 mapping is ours (docs/rules.md §3.3 marks it ✖).
const N119: Omit<SourceRef, 'confidence'> = { source: 'S27', doc: '财税〔2015〕119号 第四条' };

/** 财税〔2015〕119号 不适用税前加计扣除政策的行业, by GB/T 4754-2017 大类. */
export const RD_DEDUCTION_NEGATIVE_LIST: readonly NegativeListRow[] = [
  { division: '16', section: 'C', divisionName: '烟草制品业', listedAs: '烟草制造业', ...N119, confidence: '✖' },
  { division: '61', section: 'H', divisionName: '住宿业', listedAs: '住宿和餐饮业', ...N119, confidence: '✖' },
  { division: '62', section: 'H', divisionName: '餐饮业', listedAs: '住宿和餐饮业', ...N119, confidence: '✖' },
  { division: '51', section: 'F', divisionName: '批发业', listedAs: '批发和零售业', ...N119, confidence: '✖' },
  { division: '52', section: 'F', divisionName: '零售业', listedAs: '批发和零售业', ...N119, confidence: '✖' },
  { division: '70', section: 'K', divisionName: '房地产业', listedAs: '房地产业', ...N119, confidence: '✖' },
  { division: '71', section: 'L', divisionName: '租赁业', listedAs: '租赁和商务服务业', ...N119, confidence: '✖' },
  { division: '72', section: 'L', divisionName: '商务服务业', listedAs: '租赁和商务服务业', ...N119, confidence: '✖' },
  { division: '90', section: 'R', divisionName: '娱乐业', listedAs: '娱乐业', ...N119, confidence: '✖' },
];

/**
 * The list applies when income from the listed industry is more than half of total income ("超过50%，不含").
 * Stored as numerator/denominator so the comparison stays exact.
 */
export const NEGATIVE_LIST_MAIN_BUSINESS_SHARE = {
  moreThan: { numerator: 1, denominator: 2 },
  label: '50%（不含）',
  source: 'S27',
  doc: '国家税务总局公告2015年第97号',
  confidence: '✔',
} as const;
