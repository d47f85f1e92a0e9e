import { z } from 'zod';
import { ZPageQuery, zFactIdsText } from '../platform/common.contract';
import { ATTENDEE_KINDS } from './service-event.enums';
import { ZServiceEvent, ZServiceEventHistory } from './service-event.contract';

const personName = z.string({ message: '请填写姓名' }).trim().min(2, '姓名至少 2 个字').max(30, '姓名最多 30 个字');
const phone = z
  .string()
  .trim()
  .regex(/^[\d-]{7,20}$/, '联系电话须为 7–20 位数字')
  .nullable()
  .optional();

/** An enterprise of the register attending, with its representative (who came, and their post). */
export const ZEnterpriseAttendeeInput = z.object({
  enterpriseId: z.number({ message: '请选择参加企业' }).int().positive('参加企业无效'),
  representative: z.string().trim().max(30, '企业代表姓名最多 30 个字').nullable().optional(),
  post: z.string().trim().max(50, '企业代表职务最多 50 个字').nullable().optional(),
});

/** A person named by hand (a teacher, a farmer, an expert outside the roster). */
export const ZPersonAttendeeInput = z.object({
  name: personName,
  unit: z.string().trim().max(100, '工作单位最多 100 个字').nullable().optional(),
  phone,
});

/** Attendees added in one go: several enterprises picked from the register, commissioners, persons. */
export const ZAddAttendeesRequest = z
  .object({
    enterprises: z.array(ZEnterpriseAttendeeInput).max(500, '一次最多添加 500 家企业').default([]),
    commissionerIds: z
      .array(z.number().int().positive('科技特派员无效'))
      .max(500, '一次最多添加 500 名科技特派员')
      .default([]),
    persons: z.array(ZPersonAttendeeInput).max(500, '一次最多添加 500 人').default([]),
  })
  .refine((v) => v.enterprises.length + v.commissionerIds.length + v.persons.length > 0, {
    message: '请至少添加一个参加企业或人员',
    path: ['enterprises'],
  });
export type TAddAttendeesRequest = z.infer<typeof ZAddAttendeesRequest>;

/** One attendee as answered (a phone is only ever shown masked). */
export const ZAttendee = z.object({
  id: z.number().int(),
  eventId: z.number().int(),
  eventTitle: z.string(),
  eventStartOn: z.string(),
  kind: z.enum(ATTENDEE_KINDS),
  enterpriseId: z.number().int().nullable(),
  commissionerId: z.number().int().nullable(),
  /** The enterprise's representative, the commissioner or the person. */
  name: z.string().nullable(),
  /** The enterprise's name, or the person's unit. */
  unit: z.string().nullable(),
  post: z.string().nullable(),
  commissionerLevel: z.string().nullable(),
  commissionerBatch: z.string().nullable(),
  phoneMasked: z.string().nullable(),
});
export type TAttendee = z.infer<typeof ZAttendee>;

/** The attendees across events (a fact's records): by ids, event, kind or keyword. */
export const ZAttendeeListQuery = ZPageQuery.extend({
  ids: zFactIdsText.optional(),
  eventId: z.coerce.number().int().positive().optional(),
  kind: z.enum(ATTENDEE_KINDS).optional(),
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
});
export type TAttendeeListQuery = z.infer<typeof ZAttendeeListQuery>;

/** An event with its attendees and its moves. */
export const ZServiceEventDetail = ZServiceEvent.extend({
  attendees: z.array(ZAttendee),
  history: z.array(ZServiceEventHistory),
});
export type TServiceEventDetail = z.infer<typeof ZServiceEventDetail>;

/** A commissioner the attendee picker offers (the roster's id, name, level and batch). */
export const ZCommissionerOption = z.object({
  id: z.number().int(),
  name: z.string(),
  level: z.string(),
  batch: z.string(),
  regionCode: z.string(),
});
export const ZCommissionerOptionQuery = z.object({
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
});

/** A 科普基地's open days in a year against the typical condition (docs/rules.md §5.7). */
export const ZPopsciBaseOpenDays = z.object({
  platformId: z.number().int(),
  platformName: z.string(),
  regionName: z.string().nullable(),
  year: z.number().int(),
  openDays: z.number().int(),
  minOpenDays: z.number().int(),
  belowMinimum: z.boolean(),
  eventIds: z.array(z.number().int()),
});
export type TPopsciBaseOpenDays = z.infer<typeof ZPopsciBaseOpenDays>;
export const ZPopsciBaseQuery = z.object({
  year: z.coerce.number().int('年度须为整数').min(2000, '年度不早于 2000').max(2100, '年度不晚于 2100'),
});
