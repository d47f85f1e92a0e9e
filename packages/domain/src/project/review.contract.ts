import { z } from 'zod';
import { ZPageQuery } from '../platform/common.contract';
import { OUTLIER_RULES } from './project.enums';

/** A declared conflict of interest: a unit (by credit code or name) the expert must not review. */
export const ZConflict = z
  .object({
    creditCode: z.string().trim().max(18).nullable().optional(),
    name: z.string().trim().max(100).nullable().optional(),
    reason: z.string().trim().min(1, '请写明回避原因').max(200),
  })
  .refine((c) => c.creditCode || c.name, { message: '回避单位须填写信用代码或名称' });

/** An expert's profile: employer and declared conflicts decide whom the expert may not review. */
const expertProfileFields = {
  name: z.string().trim().min(2).max(30),
  title: z.string().trim().max(40).nullable().optional(),
  employerCreditCode: z.string().trim().max(18).nullable().optional(),
  employerName: z.string().trim().max(100).nullable().optional(),
  fields: z.array(z.string().trim().min(1).max(30)).max(20),
  conflicts: z.array(ZConflict).max(50),
};
export const ZExpertProfileInput = z.object({
  ...expertProfileFields,
  fields: expertProfileFields.fields.default([]),
  conflicts: expertProfileFields.conflicts.default([]),
});
export const ZCreateExpertRequest = ZExpertProfileInput.extend({ userId: z.number().int().positive() });
// Built without the defaults: zod 4 applies a default even inside .partial(), which would wipe what an update leaves out.
export const ZUpdateExpertRequest = z
  .object(expertProfileFields)
  .partial()
  .extend({ version: z.number().int().min(1) });

export const ZExpertProfile = z.object({
  userId: z.number().int(),
  username: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  employerCreditCode: z.string().nullable(),
  employerName: z.string().nullable(),
  fields: z.array(z.string()),
  conflicts: z.array(
    z.object({
      creditCode: z.string().nullable().optional(),
      name: z.string().nullable().optional(),
      reason: z.string(),
    }),
  ),
  activeAssignments: z.number().int(),
  version: z.number().int(),
});

/** Assigning experts to one application, or the same experts to many. */
export const ZAssignExpertsRequest = z.object({
  applicationIds: z.array(z.number().int().positive()).min(1, '请选择申报书').max(200),
  expertIds: z.array(z.number().int().positive()).min(1, '请选择评审专家').max(15),
});

/** Scores by criterion key; `submit` finalises the review (no change afterwards). */
export const ZScoreRequest = z.object({
  scores: z.record(z.string(), z.union([z.number(), z.string()])),
  comment: z.string().trim().max(2000).nullable().optional(),
  submit: z.boolean().default(true),
  version: z.number().int().min(1),
});

export const ZAssignment = z.object({
  id: z.number().int(),
  applicationId: z.number().int(),
  applicationTitle: z.string(),
  enterpriseName: z.string(),
  callId: z.number().int(),
  callTitle: z.string(),
  expertId: z.number().int(),
  expertName: z.string(),
  status: z.enum(['assigned', 'submitted']),
  scores: z.record(z.string(), z.string()),
  score: z.string().nullable(),
  comment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  frozen: z.boolean(),
  version: z.number().int(),
});

export const ZAssignmentListQuery = ZPageQuery.extend({
  status: z.enum(['assigned', 'submitted']).optional(),
  callId: z.coerce.number().int().optional(),
  applicationId: z.coerce.number().int().optional(),
});

/** The ranked list of a call with each application's working. */
export const ZRanking = z.object({
  callId: z.number().int(),
  callTitle: z.string(),
  outlierRule: z.enum(OUTLIER_RULES),
  outlierSd: z.string().nullable(),
  minExperts: z.number().int(),
  confirmed: z.object({ by: z.string().nullable(), at: z.string() }).nullable(),
  items: z.array(
    z.object({
      rank: z.number().int().nullable(),
      applicationId: z.number().int(),
      title: z.string(),
      enterpriseName: z.string(),
      state: z.string(),
      finalScore: z.string().nullable(),
      complete: z.boolean(),
      note: z.string(),
      experts: z.array(
        z.object({
          expertId: z.number().int(),
          expertName: z.string(),
          score: z.string().nullable(),
          kept: z.boolean(),
          submitted: z.boolean(),
        }),
      ),
    }),
  ),
});
