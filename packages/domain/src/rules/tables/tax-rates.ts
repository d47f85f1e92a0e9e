import type { SourceRef } from './source';

/** A corporate income-tax rate used to turn a deduction into a tax saving. */
export interface TaxRateRow extends SourceRef {
  readonly id: 'general' | 'high-tech';
  readonly label: string;
  readonly percent: number;
}

/** 企业所得税税率: 25% statutory, 15% for certified 高新技术企业. */
export const CIT_RATES: readonly TaxRateRow[] = [
  {
    id: 'general',
    label: '一般企业',
    percent: 25,
    source: 'rules.md §3.4',
    doc: '《中华人民共和国企业所得税法》第四条',
    confidence: '✖',
  },
  {
    id: 'high-tech',
    label: '高新技术企业',
    percent: 15,
    source: 'S23',
    doc: '《中华人民共和国企业所得税法》第二十八条；国科发火〔2016〕32号',
    confidence: '✔',
  },
];
