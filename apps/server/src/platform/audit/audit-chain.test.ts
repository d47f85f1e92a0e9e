import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';
import { LEGACY_CHAIN, SYSTEM_CHAIN } from './audit-chain';
import { verifyAuditChain } from './audit.verify';
import { writeAuditAlone, type Actor } from './audit.writer';

const actor: Actor = { id: null, name: 'chain-test', ip: '127.0.0.1' };
const LINTAO = '621124';
const WEIYUAN = '621123';
const ANDING = '621102';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const rowsOf = (chain: string) =>
  t.db.selectFrom('audit_log').selectAll().where('chain', '=', chain).orderBy('id').execute();

async function write(regionCode: string | null, n: number, tag: string) {
  for (let i = 0; i < n; i++) {
    await writeAuditAlone(t.db, actor, { action: 'test.chain', objectId: `${tag}-${i}`, regionCode, details: { i } });
  }
}

// Tampering needs the append-only trigger out of the way, as a DBA with superuser rights would do.
async function tamper(statement: ReturnType<typeof sql>) {
  await sql`alter table audit_log disable trigger audit_log_no_change`.execute(t.db);
  try {
    await statement.execute(t.db);
  } finally {
    await sql`alter table audit_log enable trigger audit_log_no_change`.execute(t.db);
  }
}

describe('one audit chain per region', () => {
  it('links each row to the previous row of its own region, and keeps one head per chain', async () => {
    await write(LINTAO, 3, 'a');
    await write(WEIYUAN, 2, 'b');
    await write(null, 2, 'c');
    await write(LINTAO, 2, 'd');
    const legacy = await t.db
      .selectFrom('audit_head')
      .selectAll()
      .where('chain', '=', LEGACY_CHAIN)
      .executeTakeFirstOrThrow();
    for (const chain of [LINTAO, WEIYUAN, SYSTEM_CHAIN]) {
      const rows = await rowsOf(chain);
      // A new chain starts from the legacy chain's last hash.
      expect(rows[0].prev_hash).toBe(legacy.last_hash);
      for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
      const head = await t.db.selectFrom('audit_head').selectAll().where('chain', '=', chain).executeTakeFirstOrThrow();
      expect(Number(head.last_id)).toBe(Number(rows[rows.length - 1].id));
      expect(head.last_hash).toBe(rows[rows.length - 1].hash);
    }
    expect((await rowsOf(LINTAO)).filter((r) => r.action === 'test.chain')).toHaveLength(5);
    expect((await rowsOf(SYSTEM_CHAIN)).every((r) => r.region_code === null)).toBe(true);
    const result = await verifyAuditChain(t.db);
    expect(result.problems).toEqual([]);
    expect(result.chains.map((c) => c.chain)).toEqual(expect.arrayContaining([LINTAO, WEIYUAN, SYSTEM_CHAIN]));
    expect(result.chains.find((c) => c.chain === LINTAO)).toMatchObject({ label: '临洮县（621124）链', ok: true });
  });

  it('keeps every chain intact under concurrent writers in the same and in different regions', async () => {
    const regions = [LINTAO, WEIYUAN, ANDING, null];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        writeAuditAlone(t.db, actor, {
          action: 'test.concurrent',
          objectId: i,
          regionCode: regions[i % regions.length],
        }),
      ),
    );
    const result = await verifyAuditChain(t.db);
    expect(result.problems).toEqual([]);
    expect(
      await t.db.selectFrom('audit_log').select('id').where('action', '=', 'test.concurrent').execute(),
    ).toHaveLength(40);
  });

  it('verifies while writers in several regions append (rows of one chain may commit after the walk passed them)', async () => {
    const regions = [LINTAO, WEIYUAN, ANDING, null];
    const writes = Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        writeAuditAlone(t.db, actor, {
          action: 'test.during-verify',
          objectId: i,
          regionCode: regions[i % regions.length],
        }),
      ),
    );
    const results = await Promise.all([verifyAuditChain(t.db), verifyAuditChain(t.db), writes]);
    expect(results[0].problems).toEqual([]);
    expect(results[1].problems).toEqual([]);
    expect((await verifyAuditChain(t.db)).problems).toEqual([]);
  });

  it("reports an edited, a deleted and a reordered row in one county's chain, naming it, while the other chains verify", async () => {
    await write(WEIYUAN, 4, 'e');
    const weiyuan = await rowsOf(WEIYUAN);
    const [edited, deleted, swapA, swapB] = weiyuan.slice(-4);
    await tamper(sql`update audit_log set details = '{"i":99}' where id = ${edited.id}`);
    await tamper(sql`delete from audit_log where id = ${deleted.id}`);
    // Reorder: the two rows swap places (ids), each keeping its own content and hash.
    await tamper(sql`update audit_log set id = -1 where id = ${swapA.id}`);
    await tamper(sql`update audit_log set id = ${swapA.id} where id = ${swapB.id}`);
    await tamper(sql`update audit_log set id = ${swapB.id} where id = -1`);

    const result = await verifyAuditChain(t.db);
    expect(result.ok).toBe(false);
    expect(new Set(result.problems.map((p) => p.chain))).toEqual(new Set([WEIYUAN]));
    expect(result.problems.every((p) => p.message.startsWith('渭源县（621123）链：'))).toBe(true);
    expect(result.problems.find((p) => p.id === Number(edited.id))?.message).toContain('内容被改动');
    expect(result.problems.some((p) => p.message.includes('链接断开'))).toBe(true);
    expect(result.problems.some((p) => p.id === Number(swapA.id) && p.message.includes('哈希不符'))).toBe(true);
    const byChain = new Map(result.chains.map((c) => [c.chain, c.ok]));
    expect(byChain.get(WEIYUAN)).toBe(false);
    expect(byChain.get(LINTAO)).toBe(true);
    expect(byChain.get(SYSTEM_CHAIN)).toBe(true);
  });

  it('finds a deleted tail and a row moved to another chain', async () => {
    const fresh = await createTestApp();
    try {
      for (const regionCode of [LINTAO, LINTAO, ANDING, ANDING]) {
        await writeAuditAlone(fresh.db, actor, { action: 'test.tail', regionCode });
      }
      expect((await verifyAuditChain(fresh.db)).ok).toBe(true);
      const lastLintao = await fresh.db
        .selectFrom('audit_log')
        .select('id')
        .where('chain', '=', LINTAO)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      const lastAnding = await fresh.db
        .selectFrom('audit_log')
        .select('id')
        .where('chain', '=', ANDING)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      await sql`alter table audit_log disable trigger audit_log_no_change`.execute(fresh.db);
      await sql`delete from audit_log where id = ${lastLintao.id}`.execute(fresh.db);
      await sql`update audit_log set chain = ${WEIYUAN} where id = ${lastAnding.id}`.execute(fresh.db);
      const result = await verifyAuditChain(fresh.db);
      expect(result.problems.find((p) => p.chain === LINTAO)?.message).toBe(
        `临洮县（621124）链：链尾应为第 ${lastLintao.id} 条记录，末尾记录被删除或改动`,
      );
      expect(result.problems.find((p) => p.chain === WEIYUAN)?.message).toContain('地区与所在链不符');
      expect(result.problems.some((p) => p.chain === ANDING && p.message.includes('末尾记录被删除'))).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
