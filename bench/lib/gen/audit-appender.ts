import { auditHash } from '../product';
import { bulkInsert, type Column, type Exec } from './sql';

/** Who did it, as the audit writer records it. */
export interface Actor {
  id: number | null;
  name: string | null;
  ip: string | null;
}

export interface AuditEntry {
  at: Date;
  action: string;
  objectType?: string | null;
  objectId?: string | number | null;
  result?: 'success' | 'failure';
  regionCode?: string | null;
  before?: unknown;
  after?: unknown;
  details?: unknown;
}

// Same normalisation as platform/audit/audit.writer.ts: store exactly what jsonb hands back, without secrets.
const SECRET_KEYS = new Set(['password_hash', 'token_hash', 'csrf_token', 'password', 'newPassword', 'oldPassword', 'initialPassword']);
function normalise(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  return JSON.parse(JSON.stringify(v), (k, val) => (SECRET_KEYS.has(k) ? undefined : val));
}

const COLUMNS: Column[] = [
  ['id', 'int8'], ['at', 'timestamptz'], ['actor_id', 'int4'], ['actor_name', 'text'], ['ip', 'text'], ['action', 'text'],
  ['object_type', 'text'], ['object_id', 'text'], ['result', 'text'], ['region_code', 'text'],
  ['before', 'jsonb'], ['after', 'jsonb'], ['details', 'jsonb'], ['prev_hash', 'text'], ['hash', 'text'],
];

/**
 * Appends hash-chained audit rows in bulk: each row's hash is computed as the product's writer does
 * (auditHash over the canonical row, linked to the previous hash), rows go in by multi-row inserts, and
 * `finish` moves the id sequence and `audit_head` to the new tail, so `verifyAuditChain` passes.
 */
export class AuditAppender {
  private pending: Record<string, unknown>[] = [];
  private pendingBytes = 0;
  private lastId = 0;
  private lastHash = '';
  count = 0;

  constructor(private exec: Exec) {}

  async start(): Promise<void> {
    const [head] = await this.exec<{ last_id: string | number; last_hash: string }>('select last_id, last_hash from audit_head where id = 1');
    const [seq] = await this.exec<{ last_value: string | number; is_called: boolean }>('select last_value, is_called from audit_log_id_seq');
    this.lastId = Math.max(Number(head.last_id), seq.is_called ? Number(seq.last_value) : 0);
    this.lastHash = head.last_hash;
  }

  add(actor: Actor, e: AuditEntry): void {
    const row = {
      id: ++this.lastId,
      at: e.at,
      actor_id: actor.id,
      actor_name: actor.name,
      ip: actor.ip,
      action: e.action,
      object_type: e.objectType ?? null,
      object_id: e.objectId === undefined || e.objectId === null ? null : String(e.objectId),
      result: e.result ?? 'success',
      region_code: e.regionCode ?? null,
      before: normalise(e.before),
      after: normalise(e.after),
      details: normalise(e.details),
    };
    const hash = auditHash(this.lastHash, row);
    // Keep the JSON text, not the objects: a chunk of yearly figures is ~150 kB of JSON per audit row.
    const before = row.before === null ? null : JSON.stringify(row.before);
    const after = row.after === null ? null : JSON.stringify(row.after);
    const details = row.details === null ? null : JSON.stringify(row.details);
    this.pendingBytes += (before?.length ?? 0) + (after?.length ?? 0) + (details?.length ?? 0) + 300;
    this.pending.push({ ...row, before, after, details, prev_hash: this.lastHash, hash });
    this.lastHash = hash;
    this.count++;
  }

  /** Flushes when 4,000 rows or ~8 MB of JSON wait. */
  async flushIfFull(size = 4_000, bytes = 8_000_000): Promise<void> {
    if (this.pending.length >= size || this.pendingBytes >= bytes) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    const batch = Math.max(1, Math.min(2_000, Math.floor((rows.length * 4_000_000) / Math.max(1, this.pendingBytes))));
    this.pending = [];
    this.pendingBytes = 0;
    await bulkInsert(this.exec, 'audit_log', COLUMNS, rows, batch);
  }

  async finish(): Promise<void> {
    await this.flush();
    if (this.lastId > 0) await this.exec(`select setval('audit_log_id_seq', $1)`, [this.lastId]);
    await this.exec('update audit_head set last_id = $1, last_hash = $2 where id = 1', [this.lastId, this.lastHash]);
  }
}
