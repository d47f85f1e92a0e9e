import type { SourceRef } from './source';

/** Enterprise types the deduction ratio depends on. */
export const RD_ENTERPRISE_TYPES = ['general', 'manufacturing', 'tech-sme', 'ic-or-machine-tool'] as const;
/** One of RD_ENTERPRISE_TYPES. */
export type RdEnterpriseType = (typeof RD_ENTERPRISE_TYPES)[number];

/** Chinese names of the enterprise types. */
export const RD_ENTERPRISE_TYPE_NAMES: Readonly<Record<RdEnterpriseType, string>> = {
  general: '一般企业',
  manufacturing: '制造业企业',
  'tech-sme': '科技型中小企业',
  'ic-or-machine-tool': '集成电路企业或工业母机企业',
};

/** A policy period: who it covers, from/to (inclusive, to = null for open-ended) and the ratios. */
export interface RdDeductionPeriod extends SourceRef {
  readonly id: string;
  readonly from: string;
  readonly to: string | null;
  readonly enterpriseTypes: readonly RdEnterpriseType[];
  /** 费用化研发费用 加计扣除比例, in percent of actual expense. */
  readonly expensedPercent: number;
  /** 形成无形资产的, 按无形资产成本的该百分比在税前摊销. */
  readonly intangiblePercent: number;
  /** Applied only when the caller opts in (temporary measures whose scope is uncertain). */
  readonly optional?: boolean;
  readonly note: string;
}

const ALL: readonly RdEnterpriseType[] = RD_ENTERPRISE_TYPES;

/**
 * 研发费用加计扣除 periods (docs/rules.md §3.1). When several rows cover a period for the same enterprise type, the
 * highest ratio applies: the later, more specific measures only ever raised it.
 */
export const RD_DEDUCTION_PERIODS: readonly RdDeductionPeriod[] = [
  {
    id: 'cs-2015-119',
    from: '2016-01-01',
    to: '2017-12-31',
    enterpriseTypes: ALL,
    expensedPercent: 50,
    intangiblePercent: 150,
    source: 'S29',
    doc: '财税〔2015〕119号',
    confidence: '◐',
    note: '一般规定：加计 50%，无形资产按成本 150% 摊销',
  },
  {
    id: 'cs-2017-34',
    from: '2017-01-01',
    to: '2017-12-31',
    enterpriseTypes: ['tech-sme'],
    expensedPercent: 75,
    intangiblePercent: 175,
    source: 'S29',
    doc: '财税〔2017〕34号',
    confidence: '◐',
    note: '科技型中小企业提高至 75%（2018 年起并入财税〔2018〕99号）',
  },
  {
    id: 'cs-2018-99',
    from: '2018-01-01',
    to: '2022-12-31',
    enterpriseTypes: ALL,
    expensedPercent: 75,
    intangiblePercent: 175,
    source: 'S26',
    doc: '财税〔2018〕99号；财政部 税务总局公告2021年第6号',
    confidence: '✔',
    note: '所有适用企业提高至 75%，无形资产按 175% 摊销（延期至 2023 年底的规定已被 2023年第7号取代）',
  },
  {
    id: 'gg-2021-13',
    from: '2021-01-01',
    to: '2022-12-31',
    enterpriseTypes: ['manufacturing'],
    expensedPercent: 100,
    intangiblePercent: 200,
    source: 'S29',
    doc: '财政部 税务总局公告2021年第13号',
    confidence: '◐',
    note: '制造业企业提高至 100%（2023 年起并入 2023年第7号）',
  },
  {
    id: 'gg-2022-16',
    from: '2022-01-01',
    to: '2022-12-31',
    enterpriseTypes: ['tech-sme'],
    expensedPercent: 100,
    intangiblePercent: 200,
    source: 'S29',
    doc: '财政部 税务总局 科技部公告2022年第16号',
    confidence: '◐',
    note: '科技型中小企业提高至 100%（2023 年起并入 2023年第7号）',
  },
  {
    id: 'gg-2022-28',
    from: '2022-10-01',
    to: '2022-12-31',
    enterpriseTypes: ['general', 'ic-or-machine-tool'],
    expensedPercent: 100,
    intangiblePercent: 200,
    optional: true,
    source: 'rules.md §3.1',
    doc: '财政部 税务总局 科技部公告2022年第28号',
    confidence: '✖',
    note: '2022 年第四季度，原适用 75% 的企业临时提高至 100%（可选行，须核实后启用；无形资产口径未核实）',
  },
  {
    id: 'gg-2023-7',
    from: '2023-01-01',
    to: null,
    enterpriseTypes: ALL,
    expensedPercent: 100,
    intangiblePercent: 200,
    source: 'S24',
    doc: '财政部 税务总局公告2023年第7号',
    confidence: '✔',
    note: '所有适用企业 100%，无形资产按 200% 摊销，作为制度性安排长期实施',
  },
  {
    id: 'gg-2023-44',
    from: '2023-01-01',
    to: '2027-12-31',
    enterpriseTypes: ['ic-or-machine-tool'],
    expensedPercent: 120,
    intangiblePercent: 220,
    source: 'S25',
    doc: '财政部 税务总局 国家发展改革委 工业和信息化部公告2023年第44号',
    confidence: '✔',
    note: '清单内集成电路企业和工业母机企业 120%，无形资产按 220% 摊销',
  },
];
