import { z } from 'zod';
import { zDate } from '../platform/date';
import { MONEY_LIMITS, zMoney } from '../platform/money';

// 揭榜 applications, the choice, its 公示, the contract, milestones and acceptance (docs/rules.md §5.2).
const text = (label: string, min: number, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(min, min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字`)
    .max(max, `${label}最多 ${max} 个字`);
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}最多 ${max} 个字`).nullable().optional();
const money = (label: string) => zMoney(label, { max: MONEY_LIMITS.projectAmount });

/** An application's state: submitted 已申请, chosen 中选, not_chosen 未中选. */
export const BID_STATES = ['submitted', 'chosen', 'not_chosen'] as const;
export type BidState = (typeof BID_STATES)[number];
export const BID_STATE_LABELS: Record<BidState, string> = { submitted: '已申请', chosen: '中选', not_chosen: '未中选' };

/** Who pays a milestone's money: the 发榜单位 (mainly), the county's fund, others (docs/rules.md §5.2). */
export const PAYMENT_PARTIES = ['enterprise', 'county', 'other'] as const;
export type PaymentParty = (typeof PAYMENT_PARTIES)[number];
export const PAYMENT_PARTY_LABELS: Record<PaymentParty, string> = {
  enterprise: '发榜企业',
  county: '县级财政资金',
  other: '其他',
};

/** A member of the 揭榜 team; the phone is personal data (sealed at rest, masked when answered). */
export const ZBidMember = z.object({
  name: text('成员姓名', 2, 30),
  title: optionalText('职称', 30),
  unit: optionalText('工作单位', 100),
  role: text('团队分工', 1, 30),
  phone: z
    .string()
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '联系电话须为手机号或固定电话')
    .nullable()
    .optional(),
});
export type TBidMember = z.infer<typeof ZBidMember>;

/**
 * A team's 揭榜 application, recorded by staff on its behalf: an institution of the partners register (by id or by
 * name), or a new one by name and credit code that joins the register.
 */
export const ZBidInput = z
  .object({
    partnerId: z.number().int().positive().nullable().optional(),
    institutionName: z.string().trim().min(2, '揭榜单位名称至少 2 个字').max(100).nullable().optional(),
    creditCode: z
      .string()
      .trim()
      .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, '统一社会信用代码须为 18 位')
      .nullable()
      .optional(),
    leader: ZBidMember,
    members: z.array(ZBidMember).max(30, '团队成员最多 30 人').default([]),
    solution: text('技术方案', 10, 4000),
    budget: money('申请经费'),
    periodMonths: z
      .number({ message: '研发周期须为整数月' })
      .int('研发周期须为整数月')
      .min(1, '研发周期至少 1 个月')
      .max(120, '研发周期最多 120 个月'),
    appliedOn: zDate('申请日期'),
  })
  .superRefine((b, ctx) => {
    if (!b.partnerId && !b.institutionName) {
      ctx.addIssue({ code: 'custom', path: ['partnerId'], message: '请选择揭榜单位或填写新单位名称' });
    }
  });
export type TBidInput = z.infer<typeof ZBidInput>;

const ZMemberOut = ZBidMember.extend({
  title: z.string().nullable(),
  unit: z.string().nullable(),
  phone: z.string().nullable(),
});

/** An application as answered (phones masked). */
export const ZBid = z.object({
  id: z.number().int(),
  demandId: z.number().int(),
  partnerId: z.number().int(),
  institutionName: z.string(),
  creditCode: z.string().nullable(),
  leader: ZMemberOut,
  members: z.array(ZMemberOut),
  solution: z.string(),
  budget: z.string(),
  periodMonths: z.number().int(),
  appliedOn: z.string(),
  state: z.enum(BID_STATES),
  chosenOn: z.string().nullable(),
  publicityFrom: z.string().nullable(),
  publicityTo: z.string().nullable(),
  objection: z.string().nullable(),
  objectionOpen: z.boolean(),
  version: z.number().int(),
});
export type TBid = z.infer<typeof ZBid>;

export const ZChooseBidRequest = z.object({ version: z.number().int().min(1) });

/** An objection raised during the 公示 (stops the signing until resolved), or its resolution. */
export const ZBidObjectionRequest = z.object({
  objection: text('异议内容', 2, 500).nullable(),
  version: z.number().int().min(1),
});

/** One milestone of a contract: due date and planned payment by party. */
export const ZMilestoneInput = z.object({
  title: text('里程碑名称', 2, 100),
  dueOn: zDate('计划完成日期'),
  payEnterprise: money('发榜企业支付'),
  payCounty: money('县级财政资金支付'),
  payOther: money('其他资金支付'),
});
export type TMilestoneInput = z.infer<typeof ZMilestoneInput>;

/** The 揭榜 contract: amount, signed date, milestones (the payments of all milestones within the amount). */
export const ZContractInput = z.object({
  amount: zMoney('合同金额', { max: MONEY_LIMITS.projectAmount, zero: false }),
  signedOn: zDate('签订日期'),
  milestones: z.array(ZMilestoneInput).min(1, '请至少填写一个里程碑').max(20, '里程碑最多 20 个'),
  /** The demand's version as read (the contract moves it). */
  version: z.number().int().min(1),
});
export type TContractInput = z.infer<typeof ZContractInput>;

/** A milestone report: what was reached, and a payment made against the milestone. */
export const ZMilestoneReportInput = z.object({
  reportedOn: zDate('报告日期'),
  content: text('完成情况', 2, 2000),
  payParty: z.enum(PAYMENT_PARTIES, { message: '请选择付款方' }).nullable().optional(),
  payAmount: zMoney('本次付款', { max: MONEY_LIMITS.projectAmount }).nullable().optional(),
});
export type TMilestoneReportInput = z.infer<typeof ZMilestoneReportInput>;

/** The acceptance: date, the experts' conclusion, passed or not. */
export const ZAcceptanceInput = z.object({
  acceptedOn: zDate('验收日期'),
  conclusion: text('专家验收意见', 2, 2000),
  passed: z.boolean({ message: '请选择验收结论' }),
  version: z.number().int().min(1),
});
export type TAcceptanceInput = z.infer<typeof ZAcceptanceInput>;

export const ZMilestoneReport = z.object({
  id: z.number().int(),
  reportedOn: z.string(),
  content: z.string(),
  payParty: z.enum(PAYMENT_PARTIES).nullable(),
  payAmount: z.string().nullable(),
});

export const ZMilestone = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  title: z.string(),
  dueOn: z.string(),
  payEnterprise: z.string(),
  payCounty: z.string(),
  payOther: z.string(),
  planned: z.string(),
  paid: z.string(),
  reachedOn: z.string().nullable(),
  overdue: z.boolean(),
  reports: z.array(ZMilestoneReport),
});
export type TMilestone = z.infer<typeof ZMilestone>;

export const ZContract = z.object({
  id: z.number().int(),
  amount: z.string(),
  signedOn: z.string(),
  enterpriseName: z.string().nullable(),
  institutionName: z.string(),
  milestones: z.array(ZMilestone),
});

export const ZAcceptance = z.object({
  acceptedOn: z.string(),
  conclusion: z.string(),
  passed: z.boolean(),
});

/** Everything of a demand's 揭榜 in one answer: applications, the contract with its milestones, the acceptance. */
export const ZBidOverview = z.object({
  demandId: z.number().int(),
  bids: z.array(ZBid),
  contract: ZContract.nullable(),
  acceptance: ZAcceptance.nullable(),
});
export type TBidOverview = z.infer<typeof ZBidOverview>;

/** A 揭榜 result under 公示, for the public page: the demand, its enterprise, the institution; no personal data. */
export const ZPublicBidResult = z.object({
  bidId: z.number().int(),
  demandTitle: z.string(),
  enterpriseName: z.string().nullable(),
  institutionName: z.string(),
  chosenOn: z.string(),
  publicityFrom: z.string(),
  publicityTo: z.string(),
  /** The 公示 period's length on the working-day calendar (holidays and 调休 counted as the State Council sets them). */
  workingDays: z.number().int(),
});
export type TPublicBidResult = z.infer<typeof ZPublicBidResult>;
