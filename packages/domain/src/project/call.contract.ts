import { z } from 'zod';
import { ZPageQuery } from '../platform/common.contract';
import { ZFormDefinition } from './form-definition';
import { CALL_STATUSES, OUTLIER_RULES, PROJECT_LEVELS } from './project.enums';
import { ZCriterion } from './review-aggregation';

const dateTime = z.string().datetime({ offset: true, message: '时间格式为 ISO 8601，如 2022-03-31T17:30:00+08:00' });

/** An uploaded file's metadata (the file itself is kept under a random key, never its own name). */
export const ZAttachment = z.object({
  id: z.number().int(),
  slot: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
});
export type TAttachment = z.infer<typeof ZAttachment>;

const callFields = {
  title: z.string().trim().min(4, '批次名称至少 4 个字').max(200, '批次名称最多 200 个字'),
  category: z.string().trim().min(1, '请选择项目类别').max(40),
  level: z.enum(PROJECT_LEVELS, { message: '项目级别须为 国家级/省级/市级/县级' }),
  year: z.number().int().min(2000, '年度不早于 2000').max(2100),
  opensAt: dateTime,
  closesAt: dateTime,
  guide: z.string().max(20000, '申报指南最多 20000 字'),
  form: ZFormDefinition,
  criteria: z.array(ZCriterion).max(20, '评审指标最多 20 项'),
  minExperts: z.number().int().min(1, '每个项目至少 1 位评审专家').max(15),
  outlierRule: z.enum(OUTLIER_RULES),
  outlierSd: z.number().min(0.5, 'N 倍标准差的 N 不小于 0.5').max(5).nullable(),
};

const uniqueCriteria = (c: { key: string }[] | undefined) => !c || new Set(c.map((x) => x.key)).size === c.length;
const ordered = (v: { opensAt?: string; closesAt?: string }) =>
  !v.opensAt || !v.closesAt || Date.parse(v.closesAt) > Date.parse(v.opensAt);

/** Creating a call (批次): category, level, year, opening and closing time, guide, form, criteria, review rules. */
export const ZCallInput = z
  .object({
    ...callFields,
    guide: callFields.guide.default(''),
    form: callFields.form.default([]),
    criteria: callFields.criteria.default([]),
    minExperts: callFields.minExperts.default(3),
    outlierRule: callFields.outlierRule.default('none'),
    outlierSd: callFields.outlierSd.optional(),
  })
  .refine(ordered, { message: '截止时间须晚于开始时间', path: ['closesAt'] })
  .refine((v) => uniqueCriteria(v.criteria), { message: '评审指标标识重复', path: ['criteria'] });
export type TCallInput = z.infer<typeof ZCallInput>;

/** Changing a call under optimistic locking; only the given fields change. */
export const ZUpdateCallRequest = z
  .object(callFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .refine(ordered, { message: '截止时间须晚于开始时间', path: ['closesAt'] })
  .refine((v) => uniqueCriteria(v.criteria), { message: '评审指标标识重复', path: ['criteria'] });

/** A call as the API shows it; `phase` is computed from the clock. */
export const ZCall = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  title: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  level: z.string(),
  year: z.number().int(),
  opensAt: z.string(),
  closesAt: z.string(),
  status: z.enum(CALL_STATUSES),
  phase: z.enum(['not-open', 'open', 'closed']),
  guide: z.string(),
  form: ZFormDefinition,
  criteria: z.array(ZCriterion),
  minExperts: z.number().int(),
  outlierRule: z.enum(OUTLIER_RULES),
  outlierSd: z.string().nullable(),
  attachments: z.array(ZAttachment),
  applicationCount: z.number().int(),
  rankingConfirmedAt: z.string().nullable(),
  version: z.number().int(),
});
export type TCall = z.infer<typeof ZCall>;

export const ZCallListQuery = ZPageQuery.extend({
  category: z.string().max(40).optional(),
  level: z.enum(PROJECT_LEVELS).optional(),
  year: z.coerce.number().int().optional(),
  status: z.enum(CALL_STATUSES).optional(),
  phase: z.enum(['not-open', 'open', 'closed']).optional(),
  keyword: z.string().trim().max(50).optional(),
});
