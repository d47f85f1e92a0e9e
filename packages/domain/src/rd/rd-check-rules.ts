import { TECH_SME_RD_REVENUE_BANDS } from '../rules/tables/tech-sme-bands';

/** A finding's weight: an error blocks submission; a warning needs a written explanation before submission. */
export type RdSeverity = 'error' | 'warning';

export const RD_CHECK_CODES = [
  'required-missing',
  'sub-item-above-total',
  'government-above-total',
  'project-government-above-expenditure',
  'by-type-sum-mismatch',
  'by-source-sum-mismatch',
  'projects-above-internal',
  'rd-above-revenue',
  'rd-staff-above-total',
  'jump-from-previous',
  'high-tech-below-band',
  'tech-sme-below-rule',
  'not-reported',
] as const;
export type RdCheckCode = (typeof RD_CHECK_CODES)[number];

/** A cross-check's defaults; the database table `rd_check_rule` holds the values in force. */
export interface RdCheckRule {
  readonly code: RdCheckCode;
  readonly label: string;
  readonly severity: RdSeverity;
  /** Percent threshold for the rules that have one (null = none, or taken from a band table). */
  readonly threshold: number | null;
  /** Structural rules: severity fixed, cannot be switched off. */
  readonly locked: boolean;
  /** Input errors: the form is refused on save (400), nothing is stored. */
  readonly refusedOnSave: boolean;
  readonly description: string;
}

// 科小 has no hard floor for R&D intensity; below the lowest scoring band (2%) its 研发投入 indicator scores 0
// (docs/rules.md §1.3).
const TECH_SME_FLOOR = TECH_SME_RD_REVENUE_BANDS.filter((b) => b.min !== null && b.points > 0).reduce(
  (m, b) => Math.min(m, b.min ?? m),
  Infinity,
);

/** Default cross-check rules (thresholds live here and in `rd_check_rule`, never in the check code). */
export const RD_CHECK_RULES: readonly RdCheckRule[] = [
  {
    code: 'required-missing',
    label: '必填项未填',
    severity: 'error',
    threshold: null,
    locked: true,
    refusedOnSave: false,
    description: '提交前须填写全部必填指标',
  },
  {
    code: 'sub-item-above-total',
    label: '分项大于合计',
    severity: 'error',
    threshold: null,
    locked: true,
    refusedOnSave: true,
    description: '按费用类别或资金来源的任一分项、任一项目经费不得大于研发经费内部支出合计',
  },
  {
    code: 'government-above-total',
    label: '政府资金大于内部支出合计',
    severity: 'error',
    threshold: null,
    locked: true,
    refusedOnSave: true,
    description: '政府资金是内部支出的一部分，不得大于合计',
  },
  {
    code: 'project-government-above-expenditure',
    label: '项目政府资金大于项目经费',
    severity: 'error',
    threshold: null,
    locked: true,
    refusedOnSave: true,
    description: '项目“其中政府资金”不得大于该项目经费内部支出',
  },
  {
    code: 'by-type-sum-mismatch',
    label: '费用类别合计不符',
    severity: 'error',
    threshold: null,
    locked: true,
    refusedOnSave: false,
    description: '人员劳务费、原材料费、折旧费、仪器设备费、其他费用之和应等于内部支出合计',
  },
  {
    code: 'by-source-sum-mismatch',
    label: '资金来源合计不符',
    severity: 'error',
    threshold: null,
    locked: true,
    refusedOnSave: false,
    description: '企业自有、政府、其他资金之和应等于内部支出合计',
  },
  {
    code: 'projects-above-internal',
    label: '项目经费合计大于内部支出',
    severity: 'error',
    threshold: null,
    locked: true,
    refusedOnSave: false,
    description: '各研发项目经费内部支出之和不得大于单位内部支出合计',
  },
  {
    code: 'rd-above-revenue',
    label: '研发经费大于营业收入',
    severity: 'warning',
    threshold: null,
    locked: false,
    refusedOnSave: false,
    description: '研发经费内部支出大于同期营业收入，须说明原因',
  },
  {
    code: 'rd-staff-above-total',
    label: '研发人员多于从业人员',
    severity: 'error',
    threshold: null,
    locked: false,
    refusedOnSave: false,
    description: '研发人员数不应大于从业人员期末人数',
  },
  {
    code: 'jump-from-previous',
    label: '较上期变动过大',
    severity: 'warning',
    threshold: 50,
    locked: false,
    refusedOnSave: false,
    description: '内部支出较本单位上一同类期间的变动幅度超过阈值（%）',
  },
  {
    code: 'high-tech-below-band',
    label: '高企研发强度低于认定标准',
    severity: 'warning',
    threshold: null,
    locked: false,
    refusedOnSave: false,
    description: '高新技术企业研发费用占营业收入比例低于国科发火〔2016〕32号第十一条(五)对应档次',
  },
  {
    code: 'tech-sme-below-rule',
    label: '科小研发强度偏低',
    severity: 'warning',
    threshold: TECH_SME_FLOOR,
    locked: false,
    refusedOnSave: false,
    description: '科技型中小企业研发费用占营业收入比例低于评价指标最低得分档（%），研发投入指标将得 0 分',
  },
  {
    code: 'not-reported',
    label: '逾期未报',
    severity: 'warning',
    threshold: null,
    locked: false,
    refusedOnSave: false,
    description: '截止日期已过仍未提交（含退回未重报）',
  },
];

/** The rule values in force, by code (from the database, or the defaults). */
export type RdRuleConfig = Record<RdCheckCode, { enabled: boolean; severity: RdSeverity; threshold: number | null }>;

/** The default rule values, as a config. */
export const DEFAULT_RD_RULE_CONFIG: RdRuleConfig = Object.fromEntries(
  RD_CHECK_RULES.map((r) => [r.code, { enabled: true, severity: r.severity, threshold: r.threshold }]),
) as RdRuleConfig;

/** Codes whose findings refuse a save outright. */
export const RD_REFUSED_ON_SAVE: ReadonlySet<RdCheckCode> = new Set(
  RD_CHECK_RULES.filter((r) => r.refusedOnSave).map((r) => r.code),
);
