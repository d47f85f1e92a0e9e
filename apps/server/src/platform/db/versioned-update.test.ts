import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';
import { sql } from 'kysely';
import { verifyAuditChain } from '../audit/audit.verify';
import { writeAudit, type Actor } from '../audit/audit.writer';
import { updateVersioned } from './versioned-update';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const readItem = (id: number) =>
  t.db.selectFrom('enterprise').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('updateVersioned (one statement: lock, update, both rows back)', () => {
  it('returns the whole row before and after, as selectAll reads them', async () => {
    const stored = await t.db.selectFrom('enterprise').selectAll().orderBy('id').limit(1).executeTakeFirstOrThrow();
    const { before, after } = await t.db.transaction().execute((trx) =>
      updateVersioned<Record<string, unknown>>(trx, {
        table: 'enterprise',
        key: 'id',
        id: stored.id,
        version: stored.version,
        set: { address: '新地址 1 号', contact_name: undefined },
        what: '企业信息',
        userId: null,
      }),
    );
    expect(before).toEqual(stored);
    expect(Object.keys(before)).toEqual(Object.keys(stored));
    const now = await readItem(stored.id);
    expect(after).toEqual(now);
    expect(now).toMatchObject({
      address: '新地址 1 号',
      version: stored.version + 1,
      contact_name: stored.contact_name,
      updated_by: null,
    });
  });

  it('throws 409 for a stale version and 404 for a missing row, changing nothing', async () => {
    const stored = await t.db.selectFrom('enterprise').selectAll().orderBy('id').limit(1).executeTakeFirstOrThrow();
    const attempt = (id: number, version: number) =>
      t.db.transaction().execute((trx) =>
        updateVersioned(trx, {
          table: 'enterprise',
          key: 'id',
          id,
          version,
          set: { address: '不该写入' },
          what: '企业信息',
          userId: null,
        }),
      );
    await expect(attempt(stored.id, stored.version - 1)).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    await expect(attempt(999_999_999, 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await readItem(stored.id)).toEqual(stored);
  });
});

describe('updateVersioned with auditChain and select (an audited edit in two statements)', () => {
  const actor: Actor = { id: null, name: '测试', ip: null };
  const countyRows = () =>
    t.db.selectFrom('enterprise').selectAll().where('region_code', '=', '621122').orderBy('id').limit(8).execute();

  it("locks the head of the row's region chain and computes the extra columns over the row after", async () => {
    const [stored] = await countyRows();
    const headBefore = await t.db.selectFrom('audit_head').selectAll().where('chain', '=', '621122').executeTakeFirst();
    const result = await t.db.transaction().execute(async (trx) => {
      const r = await updateVersioned<Record<string, unknown>>(trx, {
        table: 'enterprise',
        key: 'id',
        id: stored.id,
        version: stored.version,
        set: { address: '审计链测试 2 号' },
        what: '企业信息',
        userId: null,
        auditChain: 'region_code',
        select: {
          as: 'e',
          columns: [
            sql<string>`(select name from region where code = e.region_code)`.as('region_name'),
            sql<string>`e.address || '!'`.as('shout'),
          ],
        },
      });
      await writeAudit(
        trx,
        actor,
        { action: 'test.edit', regionCode: String(r.after.region_code), before: r.before, after: r.after },
        { head: r.auditHead! },
      );
      return r;
    });
    expect(result.before).toEqual(stored);
    expect(Object.keys(result.after)).toEqual(Object.keys(stored));
    expect(result.extra).toEqual({ region_name: '陇西县', shout: '审计链测试 2 号!' });
    expect(result.auditHead!.chain).toBe('621122');
    if (headBefore) expect(result.auditHead!.prevHash).toBe(headBefore.last_hash);
    const written = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '=', result.auditHead!.id)
      .executeTakeFirstOrThrow();
    expect(written).toMatchObject({ action: 'test.edit', chain: '621122', prev_hash: result.auditHead!.prevHash });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('refuses to append with a head of another chain, and the edit rolls back', async () => {
    const [stored] = await countyRows();
    const attempt = t.db.transaction().execute(async (trx) => {
      const r = await updateVersioned<Record<string, unknown>>(trx, {
        table: 'enterprise',
        key: 'id',
        id: stored.id,
        version: stored.version,
        set: { address: '不该写入' },
        what: '企业信息',
        userId: null,
        auditChain: 'region_code',
      });
      await writeAudit(trx, actor, { action: 'test.edit', regionCode: '621102' }, { head: r.auditHead! });
    });
    await expect(attempt).rejects.toThrow('审计链不符');
    expect(await readItem(stored.id)).toEqual(stored);
  });

  it('keeps the county chain whole under concurrent audited edits of one county', async () => {
    const rows = await countyRows();
    await Promise.all(
      rows.map((row) =>
        t.db.transaction().execute(async (trx) => {
          const r = await updateVersioned<Record<string, unknown>>(trx, {
            table: 'enterprise',
            key: 'id',
            id: row.id,
            version: row.version,
            set: { address: `并发 ${row.id}` },
            what: '企业信息',
            userId: null,
            auditChain: 'region_code',
          });
          await writeAudit(
            trx,
            actor,
            { action: 'test.concurrent', objectId: row.id, regionCode: '621122', after: r.after },
            { head: r.auditHead! },
          );
        }),
      ),
    );
    const written = await t.db
      .selectFrom('audit_log')
      .select(['id', 'prev_hash', 'hash'])
      .where('action', '=', 'test.concurrent')
      .orderBy('id')
      .execute();
    expect(written).toHaveLength(rows.length);
    const verdict = await verifyAuditChain(t.db);
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
  });
});
