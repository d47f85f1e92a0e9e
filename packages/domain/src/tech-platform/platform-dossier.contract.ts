import { z } from 'zod';
import { zDate } from '../platform/date';
import { MONEY_LIMITS, zMoney } from '../platform/money';
import { GRADUATION_CRITERIA_IDS } from './graduation-criteria';
import { TECH_PLATFORM_STATES } from './tech-platform.enums';
import { ZTechPlatform } from './tech-platform.contract';

/** One status move of a platform (its history). */
export const ZTechPlatformHistory = z.object({
  id: z.number().int(),
  fromState: z.enum(TECH_PLATFORM_STATES).nullable(),
  toState: z.enum(TECH_PLATFORM_STATES),
  on: z.string(),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

/** An enterprise in incubation (孵化器, 众创空间, 星创天地), and its graduation when it graduated. */
export const ZTechPlatformIncubatee = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  enteredOn: z.string(),
  graduatedOn: z.string().nullable(),
  criterion: z.enum(GRADUATION_CRITERIA_IDS).nullable(),
  criterionLabel: z.string().nullable(),
  /** What the graduation rests on: the register's data or the evidence stated. */
  basis: z.string().nullable(),
});
export type TTechPlatformIncubatee = z.infer<typeof ZTechPlatformIncubatee>;

export const CHANGE_TYPES = ['name', 'operator', 'area', 'site'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];
export const CHANGE_TYPE_LABELS: Record<ChangeType, string> = {
  name: '名称变更',
  operator: '运营主体变更',
  area: '场地面积变更',
  site: '场地地址变更',
};

/** A 变更 entry (name, operator, area, site) and whether it has been reported (docs/rules.md §5.4). */
export const ZTechPlatformChange = z.object({
  id: z.number().int(),
  changeType: z.enum(CHANGE_TYPES),
  changeLabel: z.string(),
  changedOn: z.string(),
  detail: z.string(),
  /** The last day to report it. */
  dueOn: z.string(),
  reportedOn: z.string().nullable(),
});

export const ZTechPlatformFile = z.object({
  id: z.number().int(),
  slot: z.enum(['certificate', 'other']),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});

/** One platform with everything its page shows. */
export const ZTechPlatformDetail = ZTechPlatform.extend({
  history: z.array(ZTechPlatformHistory),
  incubatees: z.array(ZTechPlatformIncubatee),
  changes: z.array(ZTechPlatformChange),
  files: z.array(ZTechPlatformFile),
  /** The moves open from the current status (labels for the buttons). */
  moves: z.array(z.object({ to: z.enum(TECH_PLATFORM_STATES), label: z.string(), reasonRequired: z.boolean() })),
});
export type TTechPlatformDetail = z.infer<typeof ZTechPlatformDetail>;

/** An enterprise enters incubation. */
export const ZAddIncubateeRequest = z.object({
  enterpriseId: z.number({ message: '请选择在孵企业' }).int().positive(),
  enteredOn: zDate('入孵日期'),
});

const evidence = z.string().trim().max(500, '证明材料说明最多 500 个字');
const yuan = (label: string) => zMoney(label, { max: MONEY_LIMITS.enterpriseYearly });

/** A graduation with its reason (one criterion of docs/rules.md §5.4) and what supports it. */
export const ZGraduateRequest = z.object({
  criterion: z.enum(GRADUATION_CRITERIA_IDS, { message: '请选择毕业条件' }),
  graduatedOn: zDate('毕业日期'),
  evidence: evidence.nullable().optional(),
  financingAmount: yuan('融资金额').nullable().optional(),
  revenueFromYear: z.number().int().min(1980, '营业收入起始年度不早于 1980').max(2100).nullable().optional(),
  statedRevenue: z
    .tuple([yuan('第一年营业收入'), yuan('第二年营业收入')])
    .nullable()
    .optional(),
});
export type TGraduateRequest = z.infer<typeof ZGraduateRequest>;

/** A change marked as reported to the recognising authority. */
export const ZReportChangeRequest = z.object({ reportedOn: zDate('报告日期') });
