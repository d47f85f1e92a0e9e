import { sql, type Kysely, type OperationNodeSource, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { auditHash } from './audit-hash';
import { chainOf, LEGACY_CHAIN } from './audit-chain';

/** Who did it, from where: taken from the request. */
export interface Actor {
  id: number | null;
  name: string | null;
  ip: string | null;
  /** The request's id (X-Request-Id), stored beside the row but outside its hash; none for jobs and seeds. */
  requestId?: string | null;
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

/** A chain's head, locked by this transaction: the chain, the id of the row to append, the hash it links to. */
export interface ChainHead {
  chain: string;
  id: number;
  prevHash: string;
}

export interface AppendOptions {
  /** The head the caller's statement already locked (updateVersioned's auditChain), saving a round trip. */
  head?: ChainHead;
  /** Inserts of the same change (the timeline row) sent in the append's statement, saving a round trip each. */
  alongside?: OperationNodeSource[];
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/**
 * Appends one hash-chained audit row to its region's chain inside the caller's transaction, in two round trips.
 * The chain's head row stays locked until that transaction ends, so writers of one chain append one at a time,
 * and a rolled-back change leaves no audit row. Call it as the transaction's last statement: the lock is held
 * from here to COMMIT, and writers in the same region wait that long.
 */
export async function writeAudit(
  trx: Transaction<DB>,
  actor: Actor,
  entry: AuditEntry,
  options: AppendOptions = {},
): Promise<void> {
  const regionCode = entry.regionCode ?? null;
  const chain = chainOf(regionCode);
  // Everything that does not depend on the chain's head is prepared before taking its lock.
  const before = normalise(entry.before);
  const after = normalise(entry.after);
  const details = normalise(entry.details);
  const stored = { before: json(before), after: json(after), details: json(details) };
  const { id, prevHash } = options.head ? ownHead(options.head, chain) : await lockChainHead(trx, chain);
  const row = {
    id,
    at: new Date(),
    actor_id: actor.id,
    actor_name: actor.name,
    ip: actor.ip,
    action: entry.action,
    object_type: entry.objectType ?? null,
    object_id: entry.objectId === undefined ? null : String(entry.objectId),
    result: entry.result ?? 'success',
    region_code: regionCode,
    before,
    after,
    details,
  };
  const hash = auditHash(prevHash, row);
  const values = { ...row, ...stored, prev_hash: prevHash, hash, chain, request_id: actor.requestId ?? null };
  const appends = [trx.insertInto('audit_log').values(values), ...(options.alongside ?? [])];
  await sql`
    with ${sql.join(appends.map((insert, i) => sql`${sql.ref(`append_${i}`)} as (${insert})`))}
    update audit_head set last_id = ${id}, last_hash = ${hash} where chain = ${chain}`.execute(trx);
}

/**
 * Locks the chain's head row and returns its last hash and the new row's id, in one statement. The upsert creates
 * a new chain's head from the legacy chain's last hash; ON CONFLICT DO UPDATE locks the head and reads its latest
 * committed version even when another writer committed while this one waited (a plain SELECT after an advisory
 * lock in the same statement would read the snapshot taken before the wait, and fork the chain). The id is drawn
 * in RETURNING, after the lock, so ids rise along each chain.
 */
async function lockChainHead(trx: Transaction<DB>, chain: string): Promise<ChainHead> {
  const { rows } = await lockChainHeadSql(sql`${chain}`).execute(trx);
  if (!rows[0]) throw new Error('审计链尾记录缺失（audit_head 中没有 legacy 链），无法写审计日志');
  return chainHeadOf(rows[0]);
}

/**
 * The head-locking upsert for the chain `chain` evaluates to; `from` adds the relation that expression reads
 * (a CTE of the caller's statement). Returns chain, last_hash and the new row's id (`id`, drawn after the lock).
 */
export function lockChainHeadSql(chain: RawBuilder<unknown>, from?: RawBuilder<unknown>) {
  return sql<ChainHeadRow>`
    insert into audit_head (chain, last_id, last_hash)
    select ${chain}, 0, legacy.last_hash from audit_head legacy ${from ? sql`, ${from}` : sql``} where legacy.chain = ${LEGACY_CHAIN}
    on conflict (chain) do update set last_id = audit_head.last_id
    returning audit_head.chain, audit_head.last_hash, nextval('audit_log_id_seq') as id`;
}

export interface ChainHeadRow {
  chain: string;
  last_hash: string;
  id: string;
}

export const chainHeadOf = (row: ChainHeadRow): ChainHead => ({
  chain: row.chain,
  id: Number(row.id),
  prevHash: row.last_hash,
});

// A head locked by the caller must be the entry's own chain, or the row would link into another region's chain.
function ownHead(head: ChainHead, chain: string): ChainHead {
  if (head.chain !== chain) throw new Error(`审计链不符：已锁定 ${head.chain} 链，记录属于 ${chain} 链`);
  return head;
}

/** Writes an audit row in a transaction of its own (sign-in attempts, refused requests). */
export async function writeAuditAlone(db: Kysely<DB>, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.transaction().execute((trx) => writeAudit(trx, actor, entry));
}

// Store exactly what jsonb will hand back (dates as ISO strings, no undefined), so the hash re-computes.
// Secrets never enter the trail, even as before/after snapshots.
const SECRET_KEYS = new Set([
  'password_hash',
  'token_hash',
  'csrf_token',
  'password',
  'newPassword',
  'oldPassword',
  'initialPassword',
]);
function normalise(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  return JSON.parse(JSON.stringify(v), (k, val) => (SECRET_KEYS.has(k) ? undefined : val));
}
