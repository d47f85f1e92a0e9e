import type { Transaction } from 'kysely';
import type { TimelineModule } from '@kechuang/domain';
import type { Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';

/** One entry on an enterprise's timeline; every module writes here when it touches an enterprise. */
export interface EnterpriseEvent {
  enterpriseId: number;
  regionCode: string;
  module: TimelineModule;
  kind: string;
  title: string;
  detail?: string | null;
  ref?: { type: string; id: number };
  at?: Date;
}

/** Adds an event to the enterprise's timeline in the caller's transaction. */
export async function recordEnterpriseEvent(trx: Transaction<DB>, actor: Actor, e: EnterpriseEvent): Promise<void> {
  await enterpriseEventInsert(trx, actor, e).execute();
}

/** The insert of a timeline event, unsent: to go with the change's audit append (writeAudit's `alongside`). */
export function enterpriseEventInsert(trx: Transaction<DB>, actor: Actor, e: EnterpriseEvent) {
  return trx.insertInto('enterprise_event').values({
    enterprise_id: e.enterpriseId,
    region_code: e.regionCode,
    ...(e.at ? { at: e.at } : {}),
    module: e.module,
    kind: e.kind,
    title: e.title.slice(0, 200),
    detail: e.detail?.slice(0, 1000) ?? null,
    actor_id: actor.id,
    actor_name: actor.name,
    ref_type: e.ref?.type ?? null,
    ref_id: e.ref?.id ?? null,
  });
}
