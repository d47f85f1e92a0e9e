import { z } from 'zod';
import { ZIndustryCode } from './industry';
import type { BandScore, RuleCondition } from './result-types';
import { ZCount, ZYuan } from './schemas';

/** Input of the 科技型中小企业 evaluation: last year's figures as filed in the 信息表, money in 元. */
export const ZTechSmeInput = z
  .object({
    /** 职工总数: 在职 + 兼职 + 临时聘用（全年累计工作 6 个月以上）. */
    staffTotal: ZCount,
    /** 科技人员数 (same counting rule). */
    techStaff: ZCount,
    /** 销售收入 (主营业务收入 + 其他业务收入). */
    revenue: ZYuan,
    /** 研发费用总额. */
    rdExpense: ZYuan,
    /** 成本费用支出总额. */
    costTotal: ZYuan,
    /** 资产总额. */
    totalAssets: ZYuan,
    /** Ⅰ类知识产权 count (发明专利、植物新品种、集成电路布图设计 …), valid and tied to the main products. */
    ipClassI: ZCount,
    /** Ⅱ类知识产权 count (实用新型、外观设计、软件著作权 …, not trademarks). */
    ipClassII: ZCount,
    /** 在中国境内（不含港澳台）注册的居民企业, or foreign-law with its 实际管理机构 in China. */
    residentEnterprise: z.boolean(),
    /** 会计核算健全、实行查账征收、能准确归集研发费用 (2022 guideline). */
    auditAccounting: z.boolean(),
    /** Main business GB/T 4754 code; checked against 财税〔2015〕119号 as the main (>50%) business. */
    industryCode: ZIndustryCode,
    /** 属于《产业结构调整指导目录》限制类或淘汰类. */
    restrictedIndustry: z.boolean(),
    /** 上一会计年度至今发生重大安全/质量事故、严重环境违法、科研严重失信或严重弄虚作假. */
    majorIncident: z.boolean(),
    /** 列入经营异常名录或严重违法失信企业名单. */
    abnormalList: z.boolean(),
    validHighTech: z.boolean().default(false),
    nationalAwardTop3In5y: z.boolean().default(false),
    provincialRdInstitution: z.boolean().default(false),
    ledStandardIn5y: z.boolean().default(false),
  })
  .refine((v) => v.techStaff <= v.staffTotal, { message: '科技人员数不能超过职工总数', path: ['techStaff'] });
/** What callers pass (direct-route flags may be omitted). */
export type TTechSmeInput = z.input<typeof ZTechSmeInput>;

/** The R&D indicator: both ratios computed, the better one chosen. */
export interface TechSmeRdScore {
  readonly chosen: 'revenue' | 'cost';
  readonly byRevenue: BandScore;
  readonly byCost: BandScore;
  readonly points: number;
  readonly maxPoints: number;
  readonly message: string;
}

/** A direct-qualification route and whether the enterprise meets it. */
export interface TechSmeRouteCheck {
  readonly id: string;
  readonly label: string;
  readonly met: boolean;
}

/** Everything the evaluation found, with the working shown. */
export interface TechSmeResult {
  readonly eligibility: { readonly passed: boolean; readonly conditions: readonly RuleCondition[] };
  readonly scores: {
    readonly techStaff: BandScore;
    readonly rd: TechSmeRdScore;
    readonly ip: BandScore;
    readonly total: number;
    readonly maxTotal: number;
    readonly message: string;
  };
  readonly gates: readonly RuleCondition[];
  readonly directRoutes: readonly TechSmeRouteCheck[];
  readonly verdict: {
    readonly qualifies: boolean;
    /** 'direct' when a direct route applies (score not needed), 'score' when the gates pass, else null. */
    readonly route: 'direct' | 'score' | null;
    readonly summary: string;
    readonly reasons: readonly string[];
  };
}
