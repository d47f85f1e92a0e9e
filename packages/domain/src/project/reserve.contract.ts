import { z } from 'zod';
import { ZPageQuery } from '../platform/common.contract';
import { MONEY_LIMITS, zMoney } from '../platform/money';
import { RESERVE_STATUSES } from './project.enums';

/** A project idea planned with an enterprise before a call opens (储备库). */
export const ZReserveInput = z.object({
  enterpriseId: z.number().int().positive(),
  title: z.string().trim().min(4, '项目名称至少 4 个字').max(200),
  category: z.string().trim().min(1, '请选择拟申报类别').max(40),
  plannedYear: z.number().int().min(2000).max(2100),
  summary: z.string().trim().max(4000).nullable().optional(),
  estimatedAmount: zMoney('预计金额', { max: MONEY_LIMITS.projectAmount }).nullable().optional(),
  contact: z.string().trim().max(60).nullable().optional(),
});

export const ZUpdateReserveRequest = ZReserveInput.omit({ enterpriseId: true })
  .partial()
  .extend({ version: z.number().int().min(1), status: z.enum(['planned', 'dropped']).optional() });

/** Promotes a reserve entry into a draft application to an open call. */
export const ZPromoteReserveRequest = z.object({
  callId: z.number().int().positive(),
  version: z.number().int().min(1),
});

export const ZReserve = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  title: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  plannedYear: z.number().int(),
  summary: z.string().nullable(),
  estimatedAmount: z.string().nullable(),
  contact: z.string().nullable(),
  status: z.enum(RESERVE_STATUSES),
  statusLabel: z.string(),
  applicationId: z.number().int().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const ZReserveListQuery = ZPageQuery.extend({
  status: z.enum(RESERVE_STATUSES).optional(),
  category: z.string().max(40).optional(),
  plannedYear: z.coerce.number().int().optional(),
  enterpriseId: z.coerce.number().int().optional(),
  keyword: z.string().trim().max(50).optional(),
});
