import type { OperationNodeSource, Transaction } from 'kysely';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';

type AwardTable = 'award_programme' | 'award_nomination' | 'award_competition' | 'award_entry';
type Row = Record<string, unknown> & { id: number; region_code: string; version: number };

export interface AwardRowUpdate {
  table: AwardTable;
  id: number;
  /** The version the user read (optimistic locking: a stale one is 409 and writes nothing). */
  version: number;
  set: Record<string, unknown>;
  /** 获奖推荐 etc., for the 404/409 messages. */
  what: string;
  action: string;
  details?: Record<string, unknown>;
  /** The access decision and the rules, on the row as it was (throwing rolls the update back). */
  check(before: Row): void | Promise<void>;
  /** Rows written with the audit append (timeline events, history), given the row after the change. */
  alongside?(before: Row, after: Row): OperationNodeSource[];
}

/**
 * One audited versioned update of an award table, in the caller's transaction: the update locks the row and the
 * region's audit chain, the check runs on the row as it was, and the audit row (with before and after, and the
 * rows sent alongside) is the last write.
 */
export async function updateAwardRow(trx: Transaction<DB>, actor: Actor, u: AwardRowUpdate): Promise<Row> {
  const { before, after, auditHead } = await updateVersioned<Row>(trx, {
    table: u.table,
    key: 'id',
    id: u.id,
    version: u.version,
    set: u.set,
    what: u.what,
    userId: actor.id,
    auditChain: 'region_code',
  });
  await u.check(before);
  await writeAudit(
    trx,
    actor,
    {
      action: u.action,
      objectType: u.table,
      objectId: u.id,
      regionCode: after.region_code,
      before,
      after,
      details: u.details,
    },
    { head: auditHead!, alongside: u.alongside?.(before, after) },
  );
  return after;
}

/** A stale version of a row the user may not see must answer like any other access (403/404), not 409. */
export async function refusalFirst<T>(work: () => Promise<T>, readable: () => Promise<unknown>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readable();
    throw e;
  }
}
