import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZExpertCandidates } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { conflictOf, NO_PROFILE } from './conflict-of-interest';
import { findActiveExperts, findApplicationsForAssignment, findAssignedPairs } from './expert.repository';
import { assertStaffRegion, staffScope } from './project.policy';

type Candidates = z.infer<typeof ZExpertCandidates>;

/**
 * The expert's fields that match a text (application title, applicant industry). Chinese has no word breaks, so a
 * field matches when the text shares a run of 3 characters with it (the whole field when shorter): “马铃薯育种” matches
 * “马铃薯脱毒种薯繁育”.
 */
export function matchedFields(fields: string[], text: string): string[] {
  return fields.filter((f) => {
    const n = Math.min(3, f.length);
    for (let i = 0; i + n <= f.length; i++) if (text.includes(f.slice(i, i + n))) return true;
    return false;
  });
}

/**
 * Every active expert of the caller's region as a candidate for the applications: load, already assigned, and the
 * conflict of interest by the same rule the save path refuses with. Best-suited first: assignable without conflict,
 * then more matching fields, then fewer open reviews.
 */
export async function listExpertCandidates(
  db: Kysely<DB>,
  auth: AuthContext,
  applicationIds: number[],
): Promise<Candidates> {
  const apps = await findApplicationsForAssignment(db, applicationIds);
  if (apps.length !== applicationIds.length) throw new AppError('NOT_FOUND', '部分申报书不存在');
  for (const a of apps) assertStaffRegion(auth, a.region_code);
  const [experts, pairs] = await Promise.all([
    findActiveExperts(db, { scope: staffScope(auth) }),
    findAssignedPairs(db, applicationIds),
  ]);
  const assigned = new Set(pairs.map((p) => `${p.application_id}:${p.expert_id}`));

  const candidates = experts.map((x) => {
    const fields = x.fields ?? [];
    const perApp = apps.map((a) => ({
      applicationId: a.id,
      assigned: assigned.has(`${a.id}:${x.id}`),
      conflict: x.profile_id === null ? null : conflictOf(x, a),
      matchedFields: matchedFields(fields, `${a.title} ${a.industry_name ?? ''}`),
    }));
    return {
      userId: x.id,
      name: x.name ?? x.display_name,
      title: x.title,
      employerName: x.employer_name,
      fields,
      activeAssignments: Number(x.active),
      unavailable: x.profile_id === null ? NO_PROFILE : null,
      applications: perApp,
    };
  });
  const blocked = (c: (typeof candidates)[number]) => (c.unavailable || c.applications.some((p) => p.conflict) ? 1 : 0);
  const matches = (c: (typeof candidates)[number]) => c.applications.reduce((n, p) => n + p.matchedFields.length, 0);
  candidates.sort(
    (p, q) =>
      blocked(p) - blocked(q) ||
      matches(q) - matches(p) ||
      p.activeAssignments - q.activeAssignments ||
      p.name.localeCompare(q.name, 'zh-CN'),
  );

  return {
    applications: apps.map((a) => ({
      id: a.id,
      title: a.title,
      enterpriseName: a.name,
      callTitle: a.call_title,
      minExperts: a.min_experts,
      assignedCount: pairs.filter((p) => p.application_id === a.id).length,
    })),
    minExperts: Math.max(...apps.map((a) => a.min_experts)),
    experts: candidates,
  };
}
