import { z } from 'zod';
import { zDate } from '../platform/date';
import { MONEY_LIMITS, moneyProblem } from '../platform/money';
import type { ApplicationState } from './project.enums';

/** States a historical project may be imported in: outcomes and running projects, never the paperwork in between. */
export const HISTORICAL_IMPORT_STATES: readonly ApplicationState[] = [
  'approved',
  'rejected',
  'in_progress',
  'midterm',
  'accepted',
  'terminated',
];

/** Reason written on the imported transition and shown in the history. */
export const HISTORICAL_IMPORT_REASON = '历史项目导入';

/** 万元 in the sheet, 元 in the ledger: six decimals of 万元 are whole 分. */
const WAN_DECIMALS = 6;

/** An amount in 万元 from the sheet: whole 分 at most, then checked in 元 by the money rule, as one ledger record. */
const wan = (label: string) =>
  z
    .number()
    .superRefine((n, ctx) => {
      const text = String(n);
      // 1e21 and above print with an exponent; as 元 they are far over the limit either way.
      const yuan = () => (/e\+/i.test(text) ? `${BigInt(n)}0000` : wanToYuan(n));
      const problem =
        n < 0
          ? `${label}不能为负数`
          : /\.\d{7,}/.test(text) || /e-/i.test(text)
            ? `${label}最多 ${WAN_DECIMALS} 位小数（精确到分）`
            : moneyProblem(label, yuan(), { max: MONEY_LIMITS.fundingAmount });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional();

/**
 * One row of the historical project sheet (申报/立项 records). Category, level and state arrive as values
 * (the reader turns the dropdown labels into values); money is in 万元 and becomes 元 with `wanToYuan`.
 */
export const ZProjectImportRow = z
  .object({
    year: z
      .number({ message: '须为四位年份' })
      .int('须为四位年份')
      .min(2000, '年度不早于 2000')
      .max(2100, '年度不晚于 2100'),
    category: z.string().trim().min(1).max(40),
    level: z.string().trim().min(1).max(20),
    title: z.string().trim().min(4, '项目名称至少 4 个字').max(200, '项目名称最多 200 个字'),
    unitName: z.string().trim().min(2, '承担单位名称至少 2 个字').max(100),
    creditCode: z.string().trim().min(1).max(40),
    state: z.string().trim().min(1).max(20),
    projectNo: z.string().trim().max(40, '项目编号最多 40 个字').optional(),
    submittedOn: zDate('申报日期').optional(),
    approvedOn: zDate('立项日期').optional(),
    central: wan('中央资金'),
    provincial: wan('省级资金'),
    city: wan('市级资金'),
    county: wan('县级资金'),
    matching: wan('企业自筹'),
    startsOn: zDate('开始日期').optional(),
    endsOn: zDate('结束日期').optional(),
    leader: z.string().trim().max(30, '负责人最多 30 个字').optional(),
    remark: z.string().trim().max(500, '备注最多 500 个字').optional(),
  })
  .refine((r) => !r.startsOn || !r.endsOn || r.endsOn >= r.startsOn, {
    message: '结束日期不能早于开始日期',
    path: ['endsOn'],
  });
export type TProjectImportRow = z.output<typeof ZProjectImportRow>;

/** 万元 (a sheet number) → 元 as an exact decimal string with two places: 12.345678 → '123456.78'. */
export function wanToYuan(n: number): string {
  const [whole, frac = ''] = String(n).split('.');
  const digits = `${whole}${frac.padEnd(WAN_DECIMALS, '0')}`.replace(/^0+(?=\d)/, '');
  const padded = digits.padStart(3, '0');
  return `${padded.slice(0, -2)}.${padded.slice(-2)}`;
}

/** 元 (two decimals) → 万元 text as exact as the sheet's: '605000.00' → '60.5', '0.01' → '0.000001'. */
export function yuanToWan(yuan: string): string {
  const [whole, frac = ''] = yuan.split('.');
  const digits = `${whole}${frac.padEnd(2, '0')}`.padStart(WAN_DECIMALS + 1, '0');
  const text = `${digits.slice(0, -WAN_DECIMALS)}.${digits.slice(-WAN_DECIMALS)}`.replace(/^0+(?=\d)/, '');
  return text.replace(/\.?0+$/, '');
}
