import type { SourceRef } from './source';

/** A size ceiling of 第六条(二): the value must not exceed `max`. */
export interface TechSmeSizeLimit extends SourceRef {
  readonly id: 'staff-limit' | 'revenue-limit' | 'assets-limit';
  readonly field: 'staffTotal' | 'revenue' | 'totalAssets';
  readonly label: string;
  readonly max: number;
  readonly unit: '人' | '元';
}

const ART6: Omit<SourceRef, 'confidence'> = { source: 'S1', doc: '国科发政〔2017〕115号 第六条(二)' };

/** 职工总数不超过 500 人、年销售收入不超过 2 亿元、资产总额不超过 2 亿元 (inclusive ceilings). */
export const TECH_SME_SIZE_LIMITS: readonly TechSmeSizeLimit[] = [
  { id: 'staff-limit', field: 'staffTotal', label: '职工总数', max: 500, unit: '人', ...ART6, confidence: '✔' },
  {
    id: 'revenue-limit',
    field: 'revenue',
    label: '年销售收入',
    max: 200_000_000,
    unit: '元',
    ...ART6,
    confidence: '✔',
  },
  {
    id: 'assets-limit',
    field: 'totalAssets',
    label: '资产总额',
    max: 200_000_000,
    unit: '元',
    ...ART6,
    confidence: '✔',
  },
];

/** 第六条(五): the score gate and the rule that the 科技人员 indicator must not score 0. */
export const TECH_SME_GATES = {
  passScore: 60,
  staffScoreMustBeNonZero: true,
  source: 'S1',
  doc: '国科发政〔2017〕115号 第六条(五)',
  confidence: '✔',
} as const satisfies SourceRef & Record<string, unknown>;

/** A direct-qualification route: meets conditions (一)–(四) and any of these → 科技型中小企业 without the score. */
export interface TechSmeDirectRoute extends SourceRef {
  readonly field: 'validHighTech' | 'nationalAwardTop3In5y' | 'provincialRdInstitution' | 'ledStandardIn5y';
  readonly label: string;
}

const ROUTE: SourceRef = { source: 'S3', doc: '国科发政〔2017〕115号 附件 评价指标 第二条', confidence: '✔' };

/** The four direct routes (docs/rules.md §1.2). */
export const TECH_SME_DIRECT_ROUTES: readonly TechSmeDirectRoute[] = [
  { field: 'validHighTech', label: '拥有有效期内高新技术企业资格证书', ...ROUTE },
  { field: 'nationalAwardTop3In5y', label: '近五年内获得过国家级科技奖励，并在获奖单位中排在前三名', ...ROUTE },
  { field: 'provincialRdInstitution', label: '拥有经认定的省部级以上研发机构', ...ROUTE },
  { field: 'ledStandardIn5y', label: '近五年内主导制定过国际标准、国家标准或行业标准', ...ROUTE },
];
