import type { ExpertProfileRow } from './expert.repository';

/** Expert profile row → API shape. */
export function presentExpertProfile(p: ExpertProfileRow) {
  return {
    userId: p.user_id,
    username: p.username,
    name: p.name,
    title: p.title,
    employerCreditCode: p.employer_credit_code,
    employerName: p.employer_name,
    fields: p.fields ?? [],
    conflicts: (p.conflicts ?? []) as { creditCode?: string | null; name?: string | null; reason: string }[],
    activeAssignments: Number(p.active),
    version: p.version,
  };
}
