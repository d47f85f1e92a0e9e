import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable, DB } from '../db/schema';
import { chainLabel, chainOf, LEGACY_CHAIN } from './audit-chain';
import { auditHash, GENESIS_HASH } from './audit-hash';

export interface ChainReport {
  chain: string;
  label: string;
  checked: number;
  ok: boolean;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBadId: number | null;
  problems: { id: number; chain: string; message: string }[];
  chains: ChainReport[];
}

interface ChainState {
  prev: string;
  lastId: number;
  checked: number;
}

type AuditRow = Selectable<AuditLogTable>;

const PAGE = 2000;

/**
 * Re-computes every chain, walking all rows once in id order. An edited row fails its own hash; a deleted or
 * moved row breaks the next row's link in its chain; a deleted tail no longer matches the chain's recorded head.
 * Each problem names its chain, and each chain is reported on its own.
 *
 * Writers keep working meanwhile, and chains commit independently, so a row may become visible after the walk
 * has passed its id. Before calling a link broken (or a head ahead of the walk), the rows of that chain in the
 * gap are fetched again: a row committed late fills it, a deleted one does not.
 */
export async function verifyAuditChain(
  db: Kysely<DB>,
  onProgress?: (checked: number, total: number) => Promise<void>,
): Promise<VerifyResult> {
  const found: VerifyResult['problems'] = [];
  const report = (id: number, chain: string, message: string) => found.push({ id, chain, message });

  // New chains start from the legacy chain's last hash (GENESIS_HASH on a database that never had one); it no
  // longer moves once chains are split, so it can be read first.
  const legacyHead = await db.selectFrom('audit_head').selectAll().where('chain', '=', LEGACY_CHAIN).executeTakeFirst();
  if (!legacyHead) report(0, LEGACY_CHAIN, '链尾记录缺失，无法确认各地区链的起点');
  const chains = new Map<string, ChainState>();
  const stateOf = (chain: string) => {
    let state = chains.get(chain);
    if (!state) {
      chains.set(
        chain,
        (state = {
          prev: chain === LEGACY_CHAIN ? GENESIS_HASH : (legacyHead?.last_hash ?? GENESIS_HASH),
          lastId: 0,
          checked: 0,
        }),
      );
    }
    return state;
  };

  let checked = 0;
  const check = (r: AuditRow, state: ChainState) => {
    const id = Number(r.id);
    if (r.chain !== LEGACY_CHAIN && r.chain !== chainOf(r.region_code)) {
      report(id, r.chain, `第 ${id} 条记录的地区与所在链不符（被移动或改动）`);
    }
    if (r.prev_hash !== state.prev) report(id, r.chain, `第 ${id} 条记录之前的记录被删除或改动（链接断开）`);
    if (auditHash(r.prev_hash, hashedFields(r)) !== r.hash) {
      report(id, r.chain, `第 ${id} 条记录的内容被改动（哈希不符）`);
    }
    state.prev = r.hash;
    state.lastId = id;
    state.checked++;
    checked++;
  };
  // Rows of the chain after the last one checked and up to `upTo`, for rows that committed after the walk passed.
  const catchUp = async (chain: string, state: ChainState, upTo: number) => {
    const late = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('chain', '=', chain)
      .where('id', '>', state.lastId)
      .where('id', '<=', upTo)
      .orderBy('id')
      .execute();
    for (const r of late) check(r, state);
  };

  const total = Number(
    (
      await db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  let walked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', walked)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      const state = stateOf(r.chain);
      if (r.prev_hash !== state.prev) await catchUp(r.chain, state, Number(r.id) - 1);
      check(r, state);
      walked = Number(r.id);
    }
    await onProgress?.(checked, total);
  }

  // Heads are read after the walk: a head ahead of it may be a late commit (caught up); one behind it was moved back.
  const heads = await db.selectFrom('audit_head').selectAll().execute();
  for (const head of heads) {
    const state = stateOf(head.chain);
    if (Number(head.last_id) > state.lastId) await catchUp(head.chain, state, Number(head.last_id));
    if (Number(head.last_id) !== state.lastId || head.last_hash !== state.prev) {
      report(Number(head.last_id), head.chain, `链尾应为第 ${head.last_id} 条记录，末尾记录被删除或改动`);
    }
  }
  const headChains = new Set(heads.map((h) => h.chain));
  for (const [chain, state] of chains) {
    if (!headChains.has(chain)) report(state.lastId, chain, '链尾记录缺失（audit_head 中的记录被删除）');
  }

  return summarise(db, found, chains, checked);
}

/** Names each chain after its region, prefixes every problem with its chain's name, and reports per chain. */
async function summarise(
  db: Kysely<DB>,
  found: VerifyResult['problems'],
  chains: Map<string, ChainState>,
  checked: number,
): Promise<VerifyResult> {
  const codes = [...chains.keys()].sort();
  const named = codes.length
    ? await db.selectFrom('region').select(['code', 'name']).where('code', 'in', codes).execute()
    : [];
  const regions = new Map(named.map((r) => [r.code, r.name]));
  const label = (chain: string) => chainLabel(chain, regions);
  const problems = found.map((p) => ({ ...p, message: `${label(p.chain)}：${p.message}` }));
  const bad = new Set(problems.map((p) => p.chain));
  // A database created after the split has an empty legacy chain: not worth a line in the report.
  const shown = codes.filter((c) => c !== LEGACY_CHAIN || (chains.get(c)?.checked ?? 0) > 0 || bad.has(c));
  const reports = shown.map((chain) => ({
    chain,
    label: label(chain),
    checked: chains.get(chain)?.checked ?? 0,
    ok: !bad.has(chain),
  }));
  return { ok: problems.length === 0, checked, firstBadId: problems[0]?.id ?? null, problems, chains: reports };
}

function hashedFields(r: AuditRow) {
  return {
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
  };
}
