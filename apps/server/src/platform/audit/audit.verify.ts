import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { auditHash, GENESIS_HASH } from './audit-hash';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBadId: number | null;
  problems: { id: number; message: string }[];
}

const PAGE = 2000;

/**
 * Re-computes the whole chain in id order. An edited row fails its own hash; a deleted row breaks
 * the next row's link; a deleted tail no longer matches the recorded head.
 */
export async function verifyAuditChain(db: Kysely<DB>, onProgress?: (checked: number, total: number) => Promise<void>): Promise<VerifyResult> {
  const problems: VerifyResult['problems'] = [];
  const total = Number((await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  let prev = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('id', '>', lastId).orderBy('id').limit(PAGE).execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.prev_hash !== prev) problems.push({ id: r.id, message: `第 ${r.id} 条记录之前的记录被删除或改动（链接断开）` });
      const expected = auditHash(r.prev_hash, {
        id: Number(r.id),
        at: r.at,
        actor_id: r.actor_id,
        actor_name: r.actor_name,
        ip: r.ip,
        action: r.action,
        object_type: r.object_type,
        object_id: r.object_id,
        result: r.result,
        region_code: r.region_code,
        before: r.before,
        after: r.after,
        details: r.details,
      });
      if (expected !== r.hash) problems.push({ id: r.id, message: `第 ${r.id} 条记录的内容被改动（哈希不符）` });
      prev = r.hash;
      lastId = Number(r.id);
      checked++;
    }
    await onProgress?.(checked, total);
  }
  const head = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
  if (head && (Number(head.last_id) !== lastId || head.last_hash !== prev)) {
    problems.push({ id: Number(head.last_id), message: `链尾应为第 ${head.last_id} 条记录，末尾记录被删除或改动` });
  }
  return { ok: problems.length === 0, checked, firstBadId: problems[0]?.id ?? null, problems };
}
