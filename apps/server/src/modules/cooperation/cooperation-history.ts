import type { Transaction } from 'kysely';
import type { Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';

/** The insert of one history row (a record's start or a move), unsent: to go with the audit append. */
export function historyInsert(
  trx: Transaction<DB>,
  actor: Actor,
  h: {
    regionCode: string;
    subject: 'agreement' | 'project';
    id: number;
    from: string | null;
    to: string;
    reason?: string | null;
  },
) {
  return trx.insertInto('cooperation_history').values({
    region_code: h.regionCode,
    subject: h.subject,
    subject_id: h.id,
    from_state: h.from,
    to_state: h.to,
    actor_id: actor.id,
    actor_name: actor.name,
    reason: h.reason ?? null,
  });
}
