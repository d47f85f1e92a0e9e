import { z } from 'zod';
import { cmp, parseDecimal } from './exact';
import { zDate } from '../platform/date';
import { ZCount, ZSignedYuan, ZYuan } from './schemas';
import { HIGH_TECH_THRESHOLDS } from './tables/high-tech-conditions';
import { HIGH_TECH_DOMAIN_IDS } from './tables/high-tech-domains';
import type { RuleCondition } from './result-types';

/** One audited fiscal year (近三个会计年度; fewer when the enterprise is younger). Money in 元. */
export const ZHighTechYear = z
  .object({
    year: z.number().int().min(1949).max(2100),
    /** 销售收入 = 主营业务收入 + 其他业务收入. */
    revenue: ZYuan,
    /** 研发费用总额 (高企口径). */
    rdExpense: ZYuan,
    /** 在中国境内发生的研发费用. */
    domesticRdExpense: ZYuan,
    /** 年末净资产 = 资产总额 − 负债总额 (may be negative). */
    netAssets: ZSignedYuan,
  })
  .refine((y) => cmp(parseDecimal(y.domesticRdExpense), parseDecimal(y.rdExpense)) <= 0, {
    message: '境内研发费用不能超过研发费用总额',
    path: ['domesticRdExpense'],
  });

/** An expert grade for 技术的先进程度 / 核心支持作用: A 高 … E 无. */
export const ZExpertGrade = z.enum(['A', 'B', 'C', 'D', 'E']);

/** Self-assessment inputs for the three innovation indicators the experts score within bands. */
export const ZHighTechInnovationInput = z.object({
  ip: z.object({
    advancement: ZExpertGrade,
    coreSupport: ZExpertGrade,
    classICount: ZCount,
    classIICount: ZCount,
    /** At least one item came from the enterprise's own R&D (otherwise only 受让/受赠/并购). */
    selfDeveloped: z.boolean(),
    /** 参与编制国家标准、行业标准、检测方法、技术规范. */
    standardParticipation: z.boolean().default(false),
  }),
  /** Number of 科技成果转化 per year over the last 3 years (fewer when younger), oldest first. */
  conversionsPerYear: z.array(ZCount).min(1).max(HIGH_TECH_THRESHOLDS.rdYears.max),
  management: z.object({
    rdManagementSystem: z.boolean(),
    rdInstitutionAndCooperation: z.boolean(),
    conversionIncentive: z.boolean(),
    talentSystem: z.boolean(),
  }),
});

/** Input of the 高新技术企业 pre-assessment. */
export const ZHighTechInput = z
  .object({
    /** The application date the conditions are judged at. */
    asOf: zDate('拟申报日期'),
    /** 注册成立日期 (营业执照成立日期). */
    registeredOn: zDate('注册成立日期'),
    /** 拥有对主要产品（服务）在技术上发挥核心支持作用的知识产权的所有权. */
    coreIpOwned: z.boolean(),
    /**
     * 国家重点支持的高新技术领域 of the core technology: a first-level id ('advanced-manufacturing') or a code of
     * any level from the domain code table ('08', '0801', '080101'); null when none fits.
     */
    techDomain: z
      .union([
        z.enum(HIGH_TECH_DOMAIN_IDS),
        z.string().regex(/^0[1-8](\d{2}){0,2}$/, '高新技术领域代码格式不正确，如 08 或 080101'),
      ])
      .nullable(),
    /** 当年职工总数 and 科技人员数 (累计实际工作 183 天以上). */
    staffTotal: ZCount,
    techStaff: ZCount,
    /** 1–3 consecutive fiscal years, any order. */
    years: z.array(ZHighTechYear).min(1).max(HIGH_TECH_THRESHOLDS.rdYears.max),
    /** 近一年高新技术产品（服务）收入. */
    highTechIncome: ZYuan,
    /** 同期总收入 (收入总额 − 不征税收入). */
    totalIncome: ZYuan,
    /** 申请认定前一年内发生重大安全、重大质量事故或严重环境违法行为. */
    majorIncident: z.boolean(),
    innovation: ZHighTechInnovationInput,
  })
  .refine((v) => v.techStaff <= v.staffTotal, { message: '科技人员数不能超过职工总数', path: ['techStaff'] })
  .refine(
    (v) => {
      const ys = v.years.map((y) => y.year).sort((a, b) => a - b);
      return ys.every((y, i) => i === 0 || y === ys[i - 1] + 1);
    },
    { message: '会计年度须连续且不重复', path: ['years'] },
  );
/** What callers pass. */
export type THighTechInput = z.input<typeof ZHighTechInput>;
/** Innovation self-assessment as callers pass it. */
export type THighTechInnovationInput = z.input<typeof ZHighTechInnovationInput>;
/** Innovation self-assessment after parsing (defaults filled in). */
export type THighTechInnovation = z.output<typeof ZHighTechInnovationInput>;

/** A score an expert gives within a range; the calculator shows both ends. */
export interface RangeScore {
  readonly indicator: string;
  readonly minPoints: number;
  readonly maxPoints: number;
  readonly cap: number;
  readonly message: string;
  readonly parts: readonly {
    readonly label: string;
    readonly minPoints: number;
    readonly maxPoints: number;
    readonly message: string;
  }[];
}

/** One growth-rate item: the formula used, the rate, the band and the point range experts choose within. */
export interface GrowthItem {
  readonly indicator: string;
  /** The rate, e.g. '22.50%'; null when it cannot be computed. */
  readonly value: string | null;
  /** Which rule decided the computation. */
  readonly rule: 'three-years' | 'first-year-zero' | 'second-year-zero' | 'two-years' | 'not-computable';
  readonly bandId: string;
  readonly bandLabel: string;
  readonly minPoints: number;
  readonly maxPoints: number;
  /** The item's ceiling (10). */
  readonly itemMax: number;
  readonly message: string;
}

/** Outcome labels of the ≥71 pass line evaluated on the conservative and optimistic totals. */
export type HighTechOutcome = '确定通过' | '可能通过' | '难以通过';

/** The full pre-assessment. */
export interface HighTechResult {
  readonly conditions: readonly RuleCondition[];
  readonly conditionsPassed: boolean;
  readonly growth: {
    readonly netAssets: GrowthItem;
    readonly revenue: GrowthItem;
    readonly minPoints: number;
    readonly maxPoints: number;
  };
  readonly innovation: {
    readonly growth: RangeScore;
    readonly ip: RangeScore;
    readonly conversion: RangeScore;
    readonly management: RangeScore;
    /** Conservative total (every expert call at the low end). */
    readonly minTotal: number;
    /** Optimistic total (every expert call at the high end). */
    readonly maxTotal: number;
    readonly passScore: number;
    readonly outcome: HighTechOutcome;
    readonly message: string;
  };
  readonly verdict: {
    readonly outcome: HighTechOutcome | '不符合条件';
    readonly summary: string;
    readonly reasons: readonly string[];
  };
}
