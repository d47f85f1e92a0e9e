import { z } from 'zod';
import { MONEY_LIMITS, zMoney } from '../platform/money';

/** One figure of the unit's form (107-2 essentials): key, Chinese label, kind, and the total it is part of. */
export interface RdFigureField {
  readonly key: RdFigureKey;
  readonly label: string;
  readonly kind: 'count' | 'money';
  readonly group?: 'byType' | 'bySource';
  /** Must be filled before the form can be submitted. */
  readonly requiredOnSubmit: boolean;
}

export const RD_FIGURE_KEYS = [
  'staffTotal',
  'revenue',
  'rdStaff',
  'internalTotal',
  'labor',
  'materials',
  'depreciation',
  'equipment',
  'otherCost',
  'fundsOwn',
  'fundsGovernment',
  'fundsOther',
  'external',
  'deductionClaimed',
] as const;
export type RdFigureKey = (typeof RD_FIGURE_KEYS)[number];

/** The figures, in form order; labels are what messages, the Excel sheet and the form show. */
export const RD_FIGURE_FIELDS: readonly RdFigureField[] = [
  { key: 'staffTotal', label: '从业人员期末人数', kind: 'count', requiredOnSubmit: true },
  { key: 'revenue', label: '营业收入', kind: 'money', requiredOnSubmit: true },
  { key: 'rdStaff', label: '研发人员数', kind: 'count', requiredOnSubmit: true },
  { key: 'internalTotal', label: '研发经费内部支出合计', kind: 'money', requiredOnSubmit: true },
  { key: 'labor', label: '人员劳务费', kind: 'money', group: 'byType', requiredOnSubmit: true },
  { key: 'materials', label: '原材料费', kind: 'money', group: 'byType', requiredOnSubmit: true },
  { key: 'depreciation', label: '折旧费与长期待摊费用', kind: 'money', group: 'byType', requiredOnSubmit: true },
  { key: 'equipment', label: '仪器和设备购置费', kind: 'money', group: 'byType', requiredOnSubmit: true },
  { key: 'otherCost', label: '其他费用', kind: 'money', group: 'byType', requiredOnSubmit: true },
  { key: 'fundsOwn', label: '企业自有资金', kind: 'money', group: 'bySource', requiredOnSubmit: true },
  { key: 'fundsGovernment', label: '政府资金', kind: 'money', group: 'bySource', requiredOnSubmit: true },
  { key: 'fundsOther', label: '其他资金', kind: 'money', group: 'bySource', requiredOnSubmit: true },
  { key: 'external', label: '研发经费外部支出', kind: 'money', requiredOnSubmit: true },
  { key: 'deductionClaimed', label: '享受研发费用加计扣除额', kind: 'money', requiredOnSubmit: false },
];

/** The Chinese label of a figure. */
export const figureLabel = (key: RdFigureKey): string => RD_FIGURE_FIELDS.find((f) => f.key === key)?.label ?? key;

/** An R&D money figure in 元; 营业收入 is an enterprise's yearly figure, the rest are R&D figures. */
export const zRdMoney = (label: string, key?: RdFigureKey) =>
  zMoney(label, { max: key === 'revenue' ? MONEY_LIMITS.enterpriseYearly : MONEY_LIMITS.rdFigure });

/** A head count or a number of person-months (whole numbers); messages name the field. */
export function zWhole(label: string) {
  return z
    .union([z.number(), z.string()], { error: `${label}须为整数` })
    .transform((v) => (typeof v === 'number' ? String(v) : v.trim()))
    .superRefine((s, ctx) => {
      if (/^-\d+(\.\d+)?$/.test(s)) ctx.addIssue({ code: 'custom', message: `${label}不能为负数` });
      else if (!/^\d+$/.test(s)) ctx.addIssue({ code: 'custom', message: `${label}须为整数，“${s}”不是整数` });
      else if (Number(s) > 10_000_000) ctx.addIssue({ code: 'custom', message: `${label}数值过大` });
    })
    .transform((s) => Number(s));
}

const money = (key: RdFigureKey) => zRdMoney(figureLabel(key), key).nullable().optional();
const whole = (key: RdFigureKey) => zWhole(figureLabel(key)).nullable().optional();

/** The unit's figures, every one optional while the form is being filled; the same schema checks each Excel row. */
export const ZRdFigures = z.object({
  staffTotal: whole('staffTotal'),
  revenue: money('revenue'),
  rdStaff: whole('rdStaff'),
  internalTotal: money('internalTotal'),
  labor: money('labor'),
  materials: money('materials'),
  depreciation: money('depreciation'),
  equipment: money('equipment'),
  otherCost: money('otherCost'),
  fundsOwn: money('fundsOwn'),
  fundsGovernment: money('fundsGovernment'),
  fundsOther: money('fundsOther'),
  external: money('external'),
  deductionClaimed: money('deductionClaimed'),
});
/** Figures as validated: money as decimal strings, counts as numbers, null or absent when not filled. */
export type TRdFigures = z.output<typeof ZRdFigures>;
