import { z } from 'zod';

/** `?applicationIds=1,2,3`: the applications staff are about to assign experts to. */
export const ZExpertCandidatesQuery = z.object({
  applicationIds: z
    .string()
    .regex(/^\d+(,\d+)*$/, '申报书编号以逗号分隔')
    .transform((s) => [...new Set(s.split(',').map(Number))])
    .refine((ids) => ids.length <= 200, '一次最多 200 份申报书'),
});

/** One expert as a candidate for one application: already assigned, why not allowed (回避), which fields match. */
export const ZCandidateForApplication = z.object({
  applicationId: z.number().int(),
  assigned: z.boolean(),
  conflict: z.string().nullable(),
  matchedFields: z.array(z.string()),
});

/** An active expert with profile, open reviews (load) and standing towards each application. */
export const ZExpertCandidate = z.object({
  userId: z.number().int(),
  name: z.string(),
  title: z.string().nullable(),
  employerName: z.string().nullable(),
  fields: z.array(z.string()),
  activeAssignments: z.number().int(),
  /** Why the expert cannot be assigned at all (no profile yet), or null. */
  unavailable: z.string().nullable(),
  applications: z.array(ZCandidateForApplication),
});

/** Candidates for assigning: the applications with their call's minimum, and every expert best-suited first. */
export const ZExpertCandidates = z.object({
  applications: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      enterpriseName: z.string(),
      callTitle: z.string(),
      minExperts: z.number().int(),
      assignedCount: z.number().int(),
    }),
  ),
  /** The largest minimum among the calls involved: every application must end with at least this many experts. */
  minExperts: z.number().int(),
  experts: z.array(ZExpertCandidate),
});

/** An active expert account that has no profile yet (staff pick one when creating a profile). */
export const ZExpertAccount = z.object({ userId: z.number().int(), username: z.string(), displayName: z.string() });
