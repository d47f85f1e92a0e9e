import { z } from 'zod';
import { ZPageQuery, zFactIdsText } from '../platform/common.contract';
import { zDate } from '../platform/date';
import { SERVICE_LOG_STATES } from './service-log-transitions';

// A 科技特派员 service log (docs/rules.md §5.1.1). Every message names its field.
const text = (label: string, max: number, min = 1) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(min, min > 1 ? `${label}至少 ${min} 个字` : `请填写${label}`)
    .max(max, `${label}最多 ${max} 个字`);

/** The fields a commissioner fills on the phone: one log is one day, or half a day. */
export const ZServiceLogInput = z
  .object({
    /** Which appointment, when the user holds more than one (otherwise their appointed one). */
    commissionerId: z.number().int().positive().optional(),
    servedOn: zDate('服务日期'),
    place: text('服务地点', 200, 2),
    /** An enterprise of the register in the commissioner's region, or a named entity (合作社, 村, 农户 …). */
    enterpriseId: z.number().int().positive().nullable().optional(),
    objectName: z.string().trim().max(200, '服务对象名称最多 200 个字').nullable().optional(),
    content: text('服务内容', 2000, 4),
    problemsSolved: z.string().trim().max(2000, '解决问题最多 2000 个字').nullable().optional(),
    trainedCount: z
      .number({ message: '培训人数须为整数' })
      .int('培训人数须为整数')
      .min(0, '培训人数不能为负')
      .max(100000, '培训人数不超过 100000'),
    days: z.union([z.literal(1), z.literal(0.5)], { message: '服务天数须为 1 天或 0.5 天' }),
    latitude: z.number().min(-90, '纬度须在 -90 到 90 之间').max(90, '纬度须在 -90 到 90 之间').nullable().optional(),
    longitude: z
      .number()
      .min(-180, '经度须在 -180 到 180 之间')
      .max(180, '经度须在 -180 到 180 之间')
      .nullable()
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.enterpriseId && !v.objectName) {
      ctx.addIssue({ code: 'custom', path: ['objectName'], message: '请选择服务企业或填写服务对象名称' });
    }
    if (((v.latitude ?? null) === null) !== ((v.longitude ?? null) === null)) {
      ctx.addIssue({ code: 'custom', path: ['latitude'], message: '定位须同时有经度和纬度' });
    }
  });
export type TServiceLogInput = z.infer<typeof ZServiceLogInput>;

/** An edit (or the resubmission of a returned log) with the version read. */
export const ZUpdateServiceLogRequest = z.object({ log: ZServiceLogInput, version: z.number().int().min(1) });
export type TUpdateServiceLogRequest = z.infer<typeof ZUpdateServiceLogRequest>;

/** Staff confirm a log or return it with a reason. */
export const ZReviewServiceLogRequest = z
  .object({
    to: z.enum(['confirmed', 'returned'], { message: '审核结果须为确认或退回' }),
    reason: z.string().trim().max(500, '退回原因最多 500 个字').nullable().optional(),
    version: z.number().int().min(1),
  })
  .superRefine((v, ctx) => {
    if (v.to === 'returned' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: '退回须填写原因' });
  });
export type TReviewServiceLogRequest = z.infer<typeof ZReviewServiceLogRequest>;

export const ZServiceLog = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  commissionerId: z.number().int(),
  commissionerName: z.string(),
  servedOn: z.string(),
  place: z.string(),
  enterpriseId: z.number().int().nullable(),
  enterpriseName: z.string().nullable(),
  objectName: z.string(),
  content: z.string(),
  problemsSolved: z.string().nullable(),
  trainedCount: z.number().int(),
  days: z.number(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  status: z.enum(SERVICE_LOG_STATES),
  statusLabel: z.string(),
  returnReason: z.string().nullable(),
  reviewedOn: z.string().nullable(),
  photos: z.number().int(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TServiceLog = z.infer<typeof ZServiceLog>;

export const ZServiceLogListQuery = ZPageQuery.extend({
  commissionerId: z.coerce.number().int().positive().optional(),
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
  year: z.coerce.number().int('年度须为整数').min(2000, '年度不早于 2000').max(2100, '年度不晚于 2100').optional(),
  status: z.enum(SERVICE_LOG_STATES, { message: '状态须为待确认、已确认或已退回' }).optional(),
  ids: zFactIdsText.optional(),
  sort: z.enum(['servedOn', 'updatedAt']).optional(),
  order: z.enum(['ascend', 'descend']).optional(),
});
export type TServiceLogListQuery = z.infer<typeof ZServiceLogListQuery>;

/** One commissioner's day counter (packages/domain service-log-pace.ts). */
export const ZServiceDayCounter = z.object({
  commissionerId: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  level: z.string(),
  levelLabel: z.string(),
  linked: z.boolean(),
  year: z.number().int(),
  confirmedDays: z.number(),
  pendingDays: z.number(),
  minServiceDays: z.number().int(),
  expectedDays: z.number(),
  behind: z.boolean(),
  explanation: z.string(),
});
export type TServiceDayCounter = z.infer<typeof ZServiceDayCounter>;

export const ZServiceDayListQuery = ZPageQuery.extend({
  year: z.coerce.number().int('年度须为整数').min(2000, '年度不早于 2000').max(2100, '年度不晚于 2100').optional(),
  behind: z.enum(['true', 'false']).optional(),
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
  sort: z.enum(['name', 'confirmedDays', 'pendingDays', 'expectedDays']).optional(),
  order: z.enum(['ascend', 'descend']).optional(),
});
export type TServiceDayListQuery = z.infer<typeof ZServiceDayListQuery>;

/** What 我的服务日志 opens with: the user's appointments with their counters for the year. */
export const ZMyServiceSummary = z.object({
  year: z.number().int(),
  counters: z.array(ZServiceDayCounter),
});
export type TMyServiceSummary = z.infer<typeof ZMyServiceSummary>;

/** The levels' names (the roster's `commissioner.level`). */
export const SERVICE_LOG_LEVEL_NAMES: Record<string, string> = { province: '省级', city: '市级', county: '县级' };
