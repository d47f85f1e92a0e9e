import type { Transaction } from 'kysely';
import type { Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { enterpriseEventInsert } from '../enterprise/timeline';

/** The enterprises a platform concerns: its operator and the register enterprises among its member units. */
export function enterprisesInvolved(
  p: { enterprise_id: number | null },
  members: readonly { enterprise_id: number | null }[],
): number[] {
  const ids = [p.enterprise_id, ...members.map((m) => m.enterprise_id)].filter((id): id is number => !!id);
  return [...new Set(ids)];
}

/** One timeline entry per enterprise, unsent: to go with the change's audit append (writeAudit's `alongside`). */
export function platformEventInserts(
  trx: Transaction<DB>,
  actor: Actor,
  enterpriseIds: readonly number[],
  e: { platformId: number; regionCode: string; kind: string; title: string; detail?: string | null },
) {
  return enterpriseIds.map((enterpriseId) =>
    enterpriseEventInsert(trx, actor, {
      enterpriseId,
      regionCode: e.regionCode,
      module: 'tech-platform',
      kind: e.kind,
      title: e.title,
      detail: e.detail ?? null,
      ref: { type: 'tech_platform', id: e.platformId },
    }),
  );
}
