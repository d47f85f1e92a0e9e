import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../../test/harness';
import { verifyAuditChain } from '../../platform/audit/audit.verify';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const lastAudit = () =>
  t.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();

// Tampering needs the append-only trigger out of the way, as a DBA with superuser rights would do.
async function tamper(statement: ReturnType<typeof sql>) {
  await sql`alter table audit_log disable trigger audit_log_no_change`.execute(t.db);
  try {
    await statement.execute(t.db);
  } finally {
    await sql`alter table audit_log enable trigger audit_log_no_change`.execute(t.db);
  }
}

async function runVerify() {
  const auditor = await t.as('auditor');
  const { jobId } = (await auditor.post('/api/v1/audit/verify')).json();
  await t.app.jobs.drain();
  const res = (await auditor.get(`/api/v1/audit/verify/${jobId}`)).json();
  expect(res.status).toBe('succeeded');
  expect(res.progress).toBe(100);
  return res.result as {
    ok: boolean;
    firstBadId: number | null;
    problems: { id: number; message: string }[];
    checked: number;
  };
}

describe('audit trail', () => {
  it('writes who, what and the before/after values of a mutation, without secrets', async () => {
    const admin = await t.as('admin');
    const p = await t.db
      .selectFrom('sys_param')
      .selectAll()
      .where('key', '=', 'system.import_max_rows')
      .executeTakeFirstOrThrow();
    expect(
      (await admin.put('/api/v1/params/system.import_max_rows', { version: p.version, value: '30000' })).statusCode,
    ).toBe(200);
    const row = await lastAudit();
    expect(row.action).toBe('param.update');
    expect(row.actor_name).toBe('admin');
    expect(row.object_id).toBe('system.import_max_rows');
    expect(row.before).toEqual({ value: '20000' });
    expect(row.after).toEqual({ value: '30000' });
    const created = await admin.post('/api/v1/users', {
      username: 'auditme',
      displayName: '审计对象',
      regionCode: '621122',
      initialPassword: 'Audit#2026x',
    });
    expect(created.statusCode).toBe(200);
    const userRow = await lastAudit();
    expect(userRow.action).toBe('user.create');
    expect(JSON.stringify(userRow.after)).not.toContain('argon2');
    expect(userRow.after).not.toHaveProperty('password_hash');
  });

  it('writes nothing when the change is refused', async () => {
    const admin = await t.as('admin');
    const before = await lastAudit();
    const bad = await admin.put('/api/v1/params/system.import_max_rows', { version: 999, value: '1000' });
    expect(bad.statusCode).toBe(409);
    expect((await lastAudit()).id).toBe(before.id);
  });

  it('rejects UPDATE and DELETE on audit rows', async () => {
    await expect(
      sql`update audit_log set action = 'x' where id = (select min(id) from audit_log)`.execute(t.db),
    ).rejects.toThrow(/只允许追加/);
    await expect(sql`delete from audit_log where id = (select min(id) from audit_log)`.execute(t.db)).rejects.toThrow(
      /只允许追加/,
    );
  });

  it('verifies an intact chain', async () => {
    const result = await runVerify();
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(3);
    expect(result.problems).toEqual([]);
  });

  it('finds an edited row', async () => {
    const target = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'param.update')
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    await tamper(sql`update audit_log set after = '{"value":"99999"}' where id = ${target.id}`);
    const result = await runVerify();
    expect(result.ok).toBe(false);
    expect(result.firstBadId).toBe(Number(target.id));
    expect(result.problems[0].message).toContain('内容被改动');
    await tamper(sql`update audit_log set after = '{"value":"30000"}' where id = ${target.id}`);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('finds a deleted row and a deleted tail', async () => {
    const rows = await t.db.selectFrom('audit_log').select('id').orderBy('id').execute();
    const middle = rows[Math.floor(rows.length / 2)].id;
    await tamper(sql`delete from audit_log where id = ${middle}`);
    let result = await verifyAuditChain(t.db);
    expect(result.ok).toBe(false);
    expect(result.problems.some((p) => p.message.includes('链接断开'))).toBe(true);

    const t2 = await createTestApp();
    try {
      const last = await t2.db
        .selectFrom('audit_log')
        .select('id')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      await sql`alter table audit_log disable trigger audit_log_no_change`.execute(t2.db);
      await sql`delete from audit_log where id = ${last.id}`.execute(t2.db);
      result = await verifyAuditChain(t2.db);
      expect(result.ok).toBe(false);
      expect(result.problems[0].message).toContain('末尾记录被删除');
    } finally {
      await t2.close();
    }
  });

  it('logs sign-in success and failure, and shows them only to the audit admin', async () => {
    await t.client().login('leader', 'bad-password');
    await t.client().login('leader');
    const auditor = await t.as('auditor');
    const logs = (await auditor.get('/api/v1/audit/login-logs?pageSize=50')).json();
    const leader = logs.data.filter((r: { actorName: string }) => r.actorName === 'leader');
    expect(leader.map((r: { result: string }) => r.result)).toEqual(expect.arrayContaining(['success', 'failure']));
    for (const who of ['admin', 'secadmin', 'staff', 'leader']) {
      const c = await t.as(who);
      expect((await c.get('/api/v1/audit/logs')).statusCode).toBe(403);
    }
  });

  it('keeps the chain intact under concurrent writers', async () => {
    const admin = await t.as('admin');
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => admin.post('/api/v1/dicts', { code: `conc_${i}`, name: `并发${i}` })),
    );
    const fresh = await createTestApp();
    try {
      const a = await fresh.as('admin');
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => a.post('/api/v1/dicts', { code: `conc_${i}`, name: `并发${i}` })),
      );
      expect(results.every((r) => r.statusCode === 200)).toBe(true);
      expect((await verifyAuditChain(fresh.db)).ok).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
