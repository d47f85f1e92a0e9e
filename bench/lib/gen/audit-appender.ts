import { auditHash, chainOf, LEGACY_CHAIN } from '../product';
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

const COLUMNS: Column[] = [
  ['id', 'int8'],
  ['at', 'timestamptz'],
  ['actor_id', 'int4'],
  ['actor_name', 'text'],
  ['ip', 'text'],
  ['action', 'text'],
  ['object_type', 'text'],
  ['object_id', 'text'],
  ['result', 'text'],
  ['region_code', 'text'],
  ['before', 'jsonb'],
  ['after', 'jsonb'],
  ['details', 'jsonb'],
  ['prev_hash', 'text'],
  ['hash', 'text'],
  ['chain', 'text'],
];

/**
 * Appends hash-chained audit rows in bulk: each row's hash is computed as the product's writer does
 * (auditHash over the canonical row, linked to the previous hash of the row's region chain), rows go in by
 * multi-row inserts, and `finish` moves the id sequence and each chain's `audit_head` row to its new tail, so
 * `verifyAuditChain` passes.
 */
export class AuditAppender {
  private pending: Record<string, unknown>[] = [];
  private pendingBytes = 0;
  private lastId = 0;
  /** Last hash of each chain; a chain not yet here starts from the legacy chain's last hash, as the writer does. */
  private heads = new Map<string, { lastId: number; lastHash: string }>();
  private genesis = '';
  count = 0;

  constructor(private exec: Exec) {}

  async start(): Promise<void> {
    const heads = await this.exec<{ chain: string; last_id: string | number; last_hash: string }>(
      'select chain, last_id, last_hash from audit_head',
    );
    const [seq] = await this.exec<{ last_value: string | number; is_called: boolean }>(
      'select last_value, is_called from audit_log_id_seq',
    );
    for (const h of heads) this.heads.set(h.chain, { lastId: Number(h.last_id), lastHash: h.last_hash });
    this.genesis = this.heads.get(LEGACY_CHAIN)?.lastHash ?? '';
    if (!this.genesis) throw new Error('audit_head has no legacy chain row');
    this.lastId = Math.max(0, ...heads.map((h) => Number(h.last_id)), seq.is_called ? Number(seq.last_value) : 0);
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
    const chain = chainOf(row.region_code);
    const prevHash = this.heads.get(chain)?.lastHash ?? this.genesis;
    const hash = auditHash(prevHash, row);
    // Keep the JSON text, not the objects: a chunk of yearly figures is ~150 kB of JSON per audit row.
    const before = row.before === null ? null : JSON.stringify(row.before);
    const after = row.after === null ? null : JSON.stringify(row.after);
    const details = row.details === null ? null : JSON.stringify(row.details);
    this.pendingBytes += (before?.length ?? 0) + (after?.length ?? 0) + (details?.length ?? 0) + 300;
    this.pending.push({ ...row, before, after, details, prev_hash: prevHash, hash, chain });
    this.heads.set(chain, { lastId: row.id, lastHash: hash });
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
    for (const [chain, h] of this.heads) {
      await this.exec(
        'insert into audit_head (chain, last_id, last_hash) values ($1, $2, $3) on conflict (chain) do update set last_id = excluded.last_id, last_hash = excluded.last_hash',
        [chain, h.lastId, h.lastHash],
      );
    }
  }
}
