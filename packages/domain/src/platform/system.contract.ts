import { z } from 'zod';
import { ZPageQuery } from './common.contract';
import { zDate } from './date';

export const ZDictType = z.object({
  code: z.string(),
  name: z.string(),
  builtin: z.boolean(),
  remark: z.string().nullable(),
  version: z.number().int(),
});
export const ZDictItem = z.object({
  id: z.number().int(),
  typeCode: z.string(),
  value: z.string(),
  label: z.string(),
  parentValue: z.string().nullable(),
  sort: z.number().int(),
  status: z.enum(['active', 'disabled']),
  version: z.number().int(),
});
export type TDictItem = z.infer<typeof ZDictItem>;

export const ZCreateDictTypeRequest = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,48}$/, '字典编码须为小写字母、数字、下划线'),
  name: z.string().trim().min(1, '请输入字典名称').max(50),
  remark: z.string().max(200).nullable().optional(),
});
export const ZUpsertDictItemRequest = z.object({
  value: z.string().trim().min(1, '请输入字典值').max(50),
  label: z.string().trim().min(1, '请输入字典标签').max(100),
  parentValue: z.string().nullable().optional(),
  sort: z.number().int().min(0).max(9999).default(0),
  status: z.enum(['active', 'disabled']).default('active'),
  version: z.number().int().min(1).optional(),
});

export const ZParam = z.object({
  key: z.string(),
  name: z.string(),
  value: z.string(),
  category: z.enum(['system', 'security']),
  valueType: z.enum(['int', 'string', 'boolean']),
  minValue: z.number().int().nullable(),
  maxValue: z.number().int().nullable(),
  remark: z.string().nullable(),
  version: z.number().int(),
});
export type TParam = z.infer<typeof ZParam>;
export const ZUpdateParamRequest = z.object({ version: z.number().int().min(1), value: z.string().trim().max(500) });

export const ZRegion = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'city', 'county', 'township']),
  parentCode: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  hasChildren: z.boolean(),
  version: z.number().int(),
});
export type TRegion = z.infer<typeof ZRegion>;
export const ZRegionQuery = z.object({
  parent: z.string().optional(),
  keyword: z.string().trim().optional(),
  includeExpired: z.coerce.boolean().optional(),
});
export const ZCreateRegionRequest = z.object({
  code: z.string().regex(/^(\d{6}|\d{12})$/, '区划代码须为 6 位（县级及以上）或 12 位（乡镇）数字'),
  name: z.string().trim().min(1, '请输入区划名称').max(50),
  parentCode: z.string().regex(/^(\d{6}|\d{12})$/, '请选择上级区划'),
  validFrom: zDate('生效日期'),
});
export const ZUpdateRegionRequest = z.object({
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(50).optional(),
  validTo: zDate('失效日期').nullable().optional(),
});

export const ZIndustry = z.object({
  code: z.string(),
  name: z.string(),
  level: z.number().int(),
  parentCode: z.string().nullable(),
});

export type TDictType = z.infer<typeof ZDictType>;

export const ZSession = z.object({
  id: z.string(),
  userId: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  current: z.boolean(),
});

export type TSession = z.infer<typeof ZSession>;

export const ZAuditQuery = ZPageQuery.extend({
  actor: z.string().trim().optional(),
  action: z.string().trim().optional(),
  objectType: z.string().trim().optional(),
  result: z.enum(['success', 'failure']).optional(),
  /** The X-Request-Id a server log line or a user's error report names. */
  requestId: z.string().trim().max(64).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});
export const ZAuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  result: z.enum(['success', 'failure']),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  details: z.unknown().nullable(),
  hash: z.string(),
  /** The request that wrote the row (its X-Request-Id); null for jobs, seeds and rows from before it was kept. */
  requestId: z.string().nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;
export const ZAuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBadId: z.number().int().nullable(),
  // chain / chains: one hash chain per region since 2026-11-25; results stored before that lack them.
  problems: z.array(z.object({ id: z.number().int(), chain: z.string().optional(), message: z.string() })),
  chains: z
    .array(z.object({ chain: z.string(), label: z.string(), checked: z.number().int(), ok: z.boolean() }))
    .optional(),
});
export type TAuditVerifyResult = z.infer<typeof ZAuditVerifyResult>;

export const ZJob = z.object({
  id: z.number().int(),
  type: z.string(),
  title: z.string(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  progress: z.number(),
  message: z.string().nullable(),
  result: z.unknown().nullable(),
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type TJob = z.infer<typeof ZJob>;

export const ZMessage = z.object({
  id: z.number().int(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  category: z.string(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TMessage = z.infer<typeof ZMessage>;
