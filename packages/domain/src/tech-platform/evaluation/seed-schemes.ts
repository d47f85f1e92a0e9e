import type { SourceRef } from '../../rules/tables/source';
import type { TEvalIndicator, TEvalSchemeDefinition } from './evaluation-scheme.schema';

/** A scheme as shipped: for one platform kind and level, from an effective year, with its source. */
export interface SeedEvalScheme extends SourceRef {
  readonly kind: string;
  readonly level: string;
  readonly version: number;
  readonly effectiveYear: number;
  readonly name: string;
  readonly definition: TEvalSchemeDefinition;
}

// docs/rules.md §5.4. The documents fix the structure (定量计算 + 专家定性 + 地方管理评价 → A/B/C/D [S56]; the groups
// 综合服务能力、孵化绩效、可持续发展 [S57]; the national conditions used as targets [S55]; −20% in 艰苦边远地区 and two
// consecutive fails [S54][S60]). The weights, the other targets and the cut-offs are the bureau's own settings (no
// provincial table was found): each indicator's `basis` says which.
const OWN = '本局设定（未见省级指标表，可发布新版本调整）';
const S55 = 'S55 国科发区〔2018〕300号 国家级孵化器条件';

const QUALITATIVE = {
  points: 20,
  minExperts: 1,
  criteria: [
    { key: 'service', label: '服务体系与运营管理', maxScore: 40, weight: 40 },
    { key: 'effect', label: '孵化成效与示范带动', maxScore: 30, weight: 30 },
    { key: 'summary', label: '年度工作总结质量', maxScore: 30, weight: 30 },
  ],
};
const COMMON = {
  qualitative: QUALITATIVE,
  management: { maxScore: 20 },
  grades: [
    { grade: 'A' as const, min: 85 },
    { grade: 'B' as const, min: 75 },
    { grade: 'C' as const, min: 60 },
    { grade: 'D' as const, min: null },
  ],
  revocation: { consecutiveFails: 2 },
  hardshipRelaxation: { percent: 20 },
};

const count = (key: string, label: string, max = 10_000, notAbove?: string) => ({
  key,
  label,
  unit: '家',
  min: 0,
  max,
  decimals: 0,
  ...(notAbove ? { notAbove } : {}),
});
const target = (
  key: string,
  label: string,
  group: string,
  weight: number,
  field: string,
  goal: number,
  basis = OWN,
): TEvalIndicator => ({
  key,
  label,
  group,
  weight,
  value: { kind: 'field', field },
  scoring: { kind: 'target', target: goal },
  relaxable: true,
  basis,
});
const SHARE_BANDS = (top: number, mid: number, low: number) => [
  { min: top, share: 1 },
  { min: mid, share: 0.6 },
  { min: low, share: 0.3 },
];

/** 省级科技企业孵化器. */
const INCUBATOR: TEvalSchemeDefinition = {
  fields: [
    count('incubatees', '在孵企业数'),
    count('financedIncubatees', '获投融资的在孵企业数', 10_000, 'incubatees'),
    count('graduated', '当年毕业企业数', 10_000, 'incubatees'),
    { key: 'siteArea', label: '孵化场地面积', unit: 'm²', min: 0, max: 1_000_000, decimals: 2 },
    {
      key: 'incubateeArea',
      label: '在孵企业使用面积',
      unit: 'm²',
      min: 0,
      max: 1_000_000,
      decimals: 2,
      notAbove: 'siteArea',
    },
    { key: 'incubationFund', label: '孵化资金', unit: '元', min: 0, max: 10_000_000_000, decimals: 2 },
    {
      key: 'serviceStaff',
      label: '专业孵化服务人员',
      unit: '人',
      min: 0,
      max: 1_000,
      decimals: 0,
      notAbove: 'staffTotal',
    },
    { key: 'staffTotal', label: '孵化器从业人员', unit: '人', min: 0, max: 1_000, decimals: 0 },
    { key: 'activities', label: '当年举办创新创业活动', unit: '场', min: 0, max: 1_000, decimals: 0 },
  ],
  indicators: [
    {
      key: 'serviceStaffShare',
      label: '专业孵化服务人员占比',
      group: '综合服务能力',
      weight: 8,
      value: { kind: 'percent', numerator: 'serviceStaff', denominator: 'staffTotal' },
      scoring: { kind: 'bands', bands: SHARE_BANDS(50, 30, 10) },
      relaxable: true,
      basis: OWN,
    },
    target('fund', '孵化资金', '综合服务能力', 6, 'incubationFund', 5_000_000, `${S55}：孵化资金 ≥500万元`),
    target('activityCount', '创新创业活动场次', '综合服务能力', 6, 'activities', 12),
    target('incubateeCount', '在孵企业数', '孵化绩效', 8, 'incubatees', 30),
    {
      key: 'financedShare',
      label: '获投融资在孵企业占比',
      group: '孵化绩效',
      weight: 9,
      value: { kind: 'percent', numerator: 'financedIncubatees', denominator: 'incubatees' },
      scoring: { kind: 'bands', bands: SHARE_BANDS(10, 5, 1) },
      relaxable: true,
      basis: `${S55}：获投融资在孵企业 ≥10%（满分档）`,
    },
    target('graduatedCount', '当年毕业企业数', '孵化绩效', 8, 'graduated', 3),
    {
      key: 'areaShare',
      label: '在孵企业使用面积占比',
      group: '可持续发展',
      weight: 8,
      value: { kind: 'percent', numerator: 'incubateeArea', denominator: 'siteArea' },
      scoring: { kind: 'bands', bands: SHARE_BANDS(75, 60, 40) },
      relaxable: true,
      basis: `${S55}：在孵企业使用面积 ≥75%（满分档）`,
    },
    target('siteSize', '孵化场地面积', '可持续发展', 7, 'siteArea', 10_000, `${S55}：孵化场地 ≥10000 m²`),
  ],
  ...COMMON,
};

/** 省级众创空间. */
const MAKERSPACE: TEvalSchemeDefinition = {
  fields: [
    count('teams', '入驻创业团队和企业数'),
    count('financedTeams', '获投融资的团队和企业数', 10_000, 'teams'),
    count('newCompanies', '当年新注册企业数'),
    { key: 'workstations', label: '提供工位', unit: '个', min: 0, max: 100_000, decimals: 0 },
    { key: 'mentors', label: '创业导师', unit: '人', min: 0, max: 1_000, decimals: 0 },
    { key: 'activities', label: '当年举办创新创业活动', unit: '场', min: 0, max: 1_000, decimals: 0 },
    { key: 'siteArea', label: '服务场地面积', unit: 'm²', min: 0, max: 1_000_000, decimals: 2 },
    { key: 'serviceRevenue', label: '当年服务收入', unit: '元', min: 0, max: 10_000_000_000, decimals: 2 },
  ],
  indicators: [
    target('mentorCount', '创业导师人数', '综合服务能力', 8, 'mentors', 10),
    target('activityCount', '创新创业活动场次', '综合服务能力', 7, 'activities', 24),
    target('workstationCount', '提供工位数', '综合服务能力', 5, 'workstations', 100),
    target('teamCount', '入驻创业团队和企业数', '孵化绩效', 8, 'teams', 30),
    {
      key: 'financedShare',
      label: '获投融资团队和企业占比',
      group: '孵化绩效',
      weight: 9,
      value: { kind: 'percent', numerator: 'financedTeams', denominator: 'teams' },
      scoring: { kind: 'bands', bands: SHARE_BANDS(10, 5, 1) },
      relaxable: true,
      basis: OWN,
    },
    target('newCompanyCount', '当年新注册企业数', '孵化绩效', 8, 'newCompanies', 5),
    target('siteSize', '服务场地面积', '可持续发展', 7, 'siteArea', 500),
    target('revenue', '当年服务收入', '可持续发展', 8, 'serviceRevenue', 500_000),
  ],
  ...COMMON,
};

const SOURCE: SourceRef = {
  source: 'S56',
  doc: '《科技企业孵化器评价指标体系》国科火字〔2019〕239号（结构）；S54 S55 S57 S60（条件与规则）',
  confidence: '◐',
};

/** The schemes a fresh database starts with (docs/rules.md §5.4), version 1 from 2022. */
export const SEED_EVAL_SCHEMES: readonly SeedEvalScheme[] = [
  {
    kind: 'incubator',
    level: 'provincial',
    version: 1,
    effectiveYear: 2022,
    name: '省级科技企业孵化器综合评价指标（2022 版）',
    definition: INCUBATOR,
    ...SOURCE,
  },
  {
    kind: 'makerspace',
    level: 'provincial',
    version: 1,
    effectiveYear: 2022,
    name: '省级众创空间综合评价指标（2022 版）',
    definition: MAKERSPACE,
    ...SOURCE,
  },
];
