import { z } from 'zod';
import { ZPageQuery, zFactIdsText } from '../platform/common.contract';
import { zDate } from '../platform/date';
import { SERVICE_EVENT_STATES } from './service-event.enums';

// The field rules of an event; every message names its field.
const title = z
  .string({ message: '请填写活动名称' })
  .trim()
  .min(2, '活动名称至少 2 个字')
  .max(100, '活动名称最多 100 个字');
const kind = z.string({ message: '请选择活动类别' }).trim().min(1, '请选择活动类别').max(30, '活动类别无效');
const organiser = z
  .string({ message: '请填写主办单位' })
  .trim()
  .min(2, '主办单位至少 2 个字')
  .max(100, '主办单位最多 100 个字');
const coOrganiser = z.string().trim().min(2, '协办单位至少 2 个字').max(100, '协办单位最多 100 个字');
const regionCode = z.string({ message: '请选择所属县区' }).regex(/^\d{6}$/, '所属县区须为 6 位区划代码');

/** The fields of an event as typed, before the date order is checked. */
export const ZServiceEventFields = z.object({
  title,
  kind,
  organiser,
  coOrganisers: z.array(coOrganiser).max(10, '协办单位最多 10 个').default([]),
  startOn: zDate('开始日期'),
  endOn: zDate('结束日期'),
  place: z.string().trim().max(200, '活动地点最多 200 个字').nullable().optional(),
  regionCode,
  /** The 科普基地 (a tech-platform of kind popsci_base) a 科普开放日 is held at. */
  platformId: z.number({ message: '科普基地无效' }).int('科普基地无效').positive('科普基地无效').nullable().optional(),
  outcome: z.string().trim().max(1000, '活动成效最多 1000 个字').nullable().optional(),
});

/** 结束日期 is on or after 开始日期 (the message names 结束日期). */
export const END_BEFORE_START = '结束日期不能早于开始日期';

/** The POST body of a new event (状态 计划; 已举办 and 取消 are moves). */
export const ZServiceEventInput = ZServiceEventFields.superRefine((v, ctx) => {
  if (v.endOn < v.startOn) ctx.addIssue({ code: 'custom', path: ['endOn'], message: END_BEFORE_START });
});
export type TServiceEventInput = z.infer<typeof ZServiceEventInput>;

/** PUT: any of the fields with the version read (the date order is checked against the stored row). */
export const ZUpdateServiceEventRequest = ZServiceEventFields.partial().extend({ version: z.number().int().min(1) });
export type TUpdateServiceEventRequest = z.infer<typeof ZUpdateServiceEventRequest>;

/** An event as the API answers it, with its counts (docs/rules.md §5.7). */
export const ZServiceEvent = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  title: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  organiser: z.string(),
  coOrganisers: z.array(z.string()),
  startOn: z.string(),
  endOn: z.string(),
  place: z.string().nullable(),
  platformId: z.number().int().nullable(),
  platformName: z.string().nullable(),
  status: z.enum(SERVICE_EVENT_STATES),
  statusReason: z.string().nullable(),
  outcome: z.string().nullable(),
  /** Enterprises reached (distinct attending enterprises). */
  enterpriseCount: z.number().int(),
  commissionerCount: z.number().int(),
  /** Named persons (not representatives nor commissioners). */
  personCount: z.number().int(),
  /** Persons reached: enterprise representatives + commissioners + named persons. */
  personsReached: z.number().int(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TServiceEvent = z.infer<typeof ZServiceEvent>;

/** The list's filters: keyword, year of 开始日期, kind, status, a commissioner attending, and a fact's ids. */
export const ZServiceEventListQuery = ZPageQuery.extend({
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
  year: z.coerce.number().int('年度须为整数').min(2000, '年度不早于 2000').max(2100, '年度不晚于 2100').optional(),
  kind: z.string().trim().max(30).optional(),
  status: z.enum(SERVICE_EVENT_STATES).optional(),
  commissionerId: z.coerce.number().int('科技特派员编号须为整数').positive('科技特派员编号须为整数').optional(),
  enterpriseId: z.coerce.number().int('企业编号须为整数').positive('企业编号须为整数').optional(),
  ids: zFactIdsText.optional(),
  sort: z.enum(['startOn', 'title', 'updatedAt']).optional(),
  order: z.enum(['ascend', 'descend']).optional(),
});
export type TServiceEventListQuery = z.infer<typeof ZServiceEventListQuery>;

/** A status move: 已举办, or 取消 with its reason. */
export const ZServiceEventTransitionRequest = z.object({
  to: z.enum(SERVICE_EVENT_STATES, { message: '目标状态无效' }),
  reason: z.string().trim().max(500, '原因最多 500 个字').nullable().optional(),
  version: z.number().int().min(1),
});
export type TServiceEventTransitionRequest = z.infer<typeof ZServiceEventTransitionRequest>;

/** One status move as the detail shows it. */
export const ZServiceEventHistory = z.object({
  fromState: z.string().nullable(),
  toState: z.string(),
  reason: z.string().nullable(),
  at: z.string(),
  actorName: z.string().nullable(),
});
