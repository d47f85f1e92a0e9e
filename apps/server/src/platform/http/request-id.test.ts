import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';
import { verifyAuditChain } from '../audit/audit.verify';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const auditRowOf = (requestId: string) =>
  t.db.selectFrom('audit_log').selectAll().where('request_id', '=', requestId).execute();

async function changeImportMaxRows(admin: Awaited<ReturnType<TestApp['as']>>, value: string, requestId?: string) {
  const p = await t.db
    .selectFrom('sys_param')
    .select('version')
    .where('key', '=', 'system.import_max_rows')
    .executeTakeFirstOrThrow();
  return t.app.inject({
    method: 'PUT',
    url: '/api/v1/params/system.import_max_rows',
    headers: {
      cookie: admin.cookie!,
      'x-csrf-token': admin.csrf!,
      ...(requestId === undefined ? {} : { 'x-request-id': requestId }),
    },
    payload: { version: p.version, value },
  });
}

describe('request id', () => {
  it('is generated, answered in X-Request-Id and written into the audit row of the change the request made', async () => {
    const admin = await t.as('admin');
    const res = await changeImportMaxRows(admin, '25000');
    expect(res.statusCode).toBe(200);
    const id = String(res.headers['x-request-id']);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const rows = await auditRowOf(id);
    expect(rows.map((r) => [r.action, r.object_id])).toEqual([['param.update', 'system.import_max_rows']]);
    // The auditor finds it by the id, in the operation log.
    const auditor = await t.as('auditor');
    const found = await auditor.get(`/api/v1/audit/logs?requestId=${id}`);
    expect(found.statusCode).toBe(200);
    expect(found.json().data.map((e: { action: string; requestId: string }) => [e.action, e.requestId])).toEqual([
      ['param.update', id],
    ]);
  });

  it('keeps a safe incoming X-Request-Id and replaces an unsafe one', async () => {
    const admin = await t.as('admin');
    const kept = await changeImportMaxRows(admin, '26000', 'lb-7f3a.91:42');
    expect(kept.headers['x-request-id']).toBe('lb-7f3a.91:42');
    expect((await auditRowOf('lb-7f3a.91:42')).map((r) => r.action)).toEqual(['param.update']);

    const unsafe = 'x" onmouseover="alert(1)';
    const replaced = await changeImportMaxRows(admin, '27000', unsafe);
    expect(replaced.statusCode).toBe(200);
    expect(replaced.headers['x-request-id']).not.toBe(unsafe);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(await auditRowOf(unsafe)).toEqual([]);
  });

  it('is named on refusals and sign-ins too, and leaves the audit chain verifiable', async () => {
    const anonymous = await t.app.inject({
      method: 'GET',
      url: '/api/v1/enterprises',
      headers: { 'x-request-id': 'probe-1' },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['x-request-id']).toBe('probe-1');
    expect((await auditRowOf('probe-1')).map((r) => r.action)).toEqual(['access.denied']);

    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-request-id': 'login-1' },
      payload: { username: 'staff', password: 'Kechuang@2022' },
    });
    expect(login.statusCode).toBe(200);
    expect((await auditRowOf('login-1')).map((r) => r.action)).toContain('auth.login');

    const verified = await verifyAuditChain(t.db);
    expect(verified.problems).toEqual([]);
    expect(verified.ok).toBe(true);
  });
});

describe('request id in the logs', () => {
  it('is the reqId of the JSON log lines of that request', async () => {
    const lines: string[] = [];
    const logged = await createTestApp({ logLevel: 'info', logStream: { write: (line) => lines.push(line) } });
    try {
      const res = await logged.app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-request-id': 'log-check-1' },
      });
      expect(res.headers['x-request-id']).toBe('log-check-1');
      const ofRequest = lines
        .map((l) => JSON.parse(l) as { reqId?: string; msg?: string })
        .filter((l) => l.reqId === 'log-check-1');
      expect(ofRequest.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    } finally {
      await logged.close();
    }
  });
});
