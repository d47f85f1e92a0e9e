import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { auditHash } from './audit-hash';

/** Who did it, from where: taken from the request. */
export interface Actor {
  id: number | null;
  name: string | null;
  ip: string | null;
}

export interface AuditEntry {
  action: string;
  objectType?: string;
  objectId?: string | number;
  result?: 'success' | 'failure';
  regionCode?: string | null;
  before?: unknown;
  after?: unknown;
  details?: unknown;
}

// One lock key for the whole chain: writers append one at a time, so each reads the true last hash.
const AUDIT_CHAIN_LOCK = 7_202_207;

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/**
 * Appends one hash-chained audit row inside the caller's transaction. The advisory lock is held
 * until that transaction ends, so a rolled-back change leaves no audit row and no gap in the chain.
 */
export async function writeAudit(trx: Transaction<DB>, actor: Actor, entry: AuditEntry): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const head = await trx.selectFrom('audit_head').select(['last_hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  const { rows } = await sql<{ id: number }>`select nextval('audit_log_id_seq')::int as id`.execute(trx);
  const row = {
    id: rows[0].id,
    at: new Date(),
    actor_id: actor.id,
    actor_name: actor.name,
    ip: actor.ip,
    action: entry.action,
    object_type: entry.objectType ?? null,
    object_id: entry.objectId === undefined ? null : String(entry.objectId),
    result: entry.result ?? 'success',
    region_code: entry.regionCode ?? null,
    before: normalise(entry.before),
    after: normalise(entry.after),
    details: normalise(entry.details),
  };
  const hash = auditHash(head.last_hash, row);
  await trx
    .insertInto('audit_log')
    .values({ ...row, result: row.result, before: json(row.before), after: json(row.after), details: json(row.details), prev_hash: head.last_hash, hash })
    .execute();
  await trx.updateTable('audit_head').set({ last_id: row.id, last_hash: hash }).where('id', '=', 1).execute();
}

/** Writes an audit row in a transaction of its own (sign-in attempts, refused requests). */
export async function writeAuditAlone(db: Kysely<DB>, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.transaction().execute((trx) => writeAudit(trx, actor, entry));
}

// Store exactly what jsonb will hand back (dates as ISO strings, no undefined), so the hash re-computes.
// Secrets never enter the trail, even as before/after snapshots.
const SECRET_KEYS = new Set(['password_hash', 'token_hash', 'csrf_token', 'password', 'newPassword', 'oldPassword', 'initialPassword']);
function normalise(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  return JSON.parse(JSON.stringify(v), (k, val) => (SECRET_KEYS.has(k) ? undefined : val));
}
