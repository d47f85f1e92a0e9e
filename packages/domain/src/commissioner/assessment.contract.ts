import { z } from 'zod';
import { zDate } from '../platform/date';
import { ASSESSMENT_GRADES } from './assessment-grade';

// The annual assessment's API (docs/rules.md §5.1.1).

const ZItem = z.object({
  key: z.string().regex(/^[a-z][a-z_]{1,30}$/, '考核项代码须为小写字母'),
  label: z.string().trim().min(2, '考核项名称至少 2 个字').max(30, '考核项名称最多 30 个字'),
  maxPoints: z.number().int('满分须为整数').min(1, '满分至少 1 分').max(100, '满分不超过 100 分'),
  source: z.enum(['staff', 'logs', 'satisfaction']),
});
const ZCutoff = z.object({
  grade: z.enum(ASSESSMENT_GRADES),
  minTotal: z.number().min(0, '分数线不能为负').max(100, '分数线不超过 100'),
});

export const ZAssessmentScheme = z.object({
  id: z.number().int(),
  version: z.number().int(),
  name: z.string(),
  source: z.string(),
  items: z.array(ZItem),
  cutoffs: z.array(ZCutoff),
  issuedOn: z.string(),
});
export type TAssessmentScheme = z.infer<typeof ZAssessmentScheme>;

/** A new version of the scheme (province-level staff). */
export const ZCreateAssessmentSchemeRequest = z.object({
  name: z.string().trim().min(4, '方案名称至少 4 个字').max(100, '方案名称最多 100 个字'),
  source: z.string().trim().min(2, '依据至少 2 个字').max(200, '依据最多 200 个字'),
  items: z.array(ZItem).min(1, '至少一个考核项').max(20, '最多 20 个考核项'),
  cutoffs: z.array(ZCutoff).length(3, '须设置优秀、良好、合格三条分数线'),
});
export type TCreateAssessmentSchemeRequest = z.infer<typeof ZCreateAssessmentSchemeRequest>;

/** Staff open a year's assessment for the region's appointed commissioners. */
export const ZOpenAssessmentRequest = z.object({
  regionCode: z.string().regex(/^\d{6}$/, '所属县区须为 6 位区划代码'),
  year: z.number().int('考核年度须为整数').min(2000, '考核年度不早于 2000').max(2100, '考核年度不晚于 2100'),
});
export type TOpenAssessmentRequest = z.infer<typeof ZOpenAssessmentRequest>;

export const ZAssessment = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  year: z.number().int(),
  schemeId: z.number().int(),
  schemeName: z.string(),
  status: z.enum(['open', 'published']),
  statusLabel: z.string(),
  noticeId: z.number().int().nullable(),
  entries: z.number().int(),
  graded: z.number().int(),
  openedOn: z.string(),
  version: z.number().int(),
});
export type TAssessment = z.infer<typeof ZAssessment>;

export const ZAssessmentEntry = z.object({
  id: z.number().int(),
  assessmentId: z.number().int(),
  year: z.number().int(),
  commissionerId: z.number().int(),
  commissionerName: z.string(),
  level: z.string(),
  confirmedDays: z.number(),
  /** Points by item key; null while unscored. */
  scores: z.record(z.string(), z.number().nullable()),
  /** The served enterprises' ratings (average shown as the 满意度 item when any exist). */
  ratings: z.number().int(),
  total: z.number().nullable(),
  grade: z.enum(ASSESSMENT_GRADES).nullable(),
  gradeLabel: z.string().nullable(),
  extendable: z.boolean(),
  remark: z.string().nullable(),
  version: z.number().int(),
});
export type TAssessmentEntry = z.infer<typeof ZAssessmentEntry>;

export const ZAssessmentDetail = z.object({
  assessment: ZAssessment,
  scheme: ZAssessmentScheme,
  entries: z.array(ZAssessmentEntry),
});
export type TAssessmentDetail = z.infer<typeof ZAssessmentDetail>;

/** Staff score an entry's items (satisfaction too, on behalf of the served party). */
export const ZScoreAssessmentEntryRequest = z.object({
  scores: z.record(z.string(), z.number({ message: '得分须为数字' }).nullable()),
  remark: z.string().trim().max(500, '备注最多 500 个字').nullable().optional(),
  version: z.number().int().min(1),
});
export type TScoreAssessmentEntryRequest = z.infer<typeof ZScoreAssessmentEntryRequest>;

/** A served enterprise rates its commissioner (points within the 满意度 item's maximum). */
export const ZRateCommissionerRequest = z.object({
  points: z.number({ message: '满意度得分须为数字' }),
  comment: z.string().trim().max(500, '评价意见最多 500 个字').nullable().optional(),
});
export type TRateCommissionerRequest = z.infer<typeof ZRateCommissionerRequest>;

/** What an enterprise user may rate: the entries of commissioners who served it that year. */
export const ZRatableEntry = z.object({
  entryId: z.number().int(),
  year: z.number().int(),
  commissionerName: z.string(),
  maxPoints: z.number().int(),
  myPoints: z.number().nullable(),
  open: z.boolean(),
});
export type TRatableEntry = z.infer<typeof ZRatableEntry>;

export const ZPublishAssessmentRequest = z.object({
  startDate: zDate('公示开始日期').optional(),
  workingDays: z.number().int().min(5, '公示期至少 5 个工作日').max(30, '公示期最多 30 个工作日').optional(),
  version: z.number().int().min(1),
});
export type TPublishAssessmentRequest = z.infer<typeof ZPublishAssessmentRequest>;
