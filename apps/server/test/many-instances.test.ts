import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { permissionsOf } from '../src/platform/auth/permissions.cache';
import { listenForInvalidations, type CacheListener } from '../src/platform/cache/cache-broadcast';
import { getParams } from '../src/platform/params/params.repository';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts';
import { createTestApp, type TestApp, type TestClient } from './harness';
import { httpLogin, startServerProcess } from './server-process';
import { testDbKind } from './test-db';

// Well inside the caches' 5 s lifetime: a refusal this soon can only come from the broadcast.
const BROADCAST_WITHIN_MS = 1_000;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

/**
 * Two instances on one PostgreSQL: this test's app (instance A) and the real server as a child process (instance
 * B), with its own pools, caches and files directory, as a second machine behind the load balancer would have.
 */
describe.skipIf(testDbKind() !== 'postgres')('two app instances on one PostgreSQL', () => {
  let a: TestApp;
  let listener: CacheListener;
  let b: Awaited<ReturnType<typeof startServerProcess>>;
  let dataDir: string;
  beforeAll(async () => {
    a = await createTestApp();
    listener = await listenForInvalidations(a.url!);
    dataDir = await mkdtemp(join(tmpdir(), 'kc-instance-b-'));
    b = await startServerProcess({ dataDir, databaseUrl: a.url, seedDemo: false });
  }, 180_000);
  afterAll(async () => {
    await b?.stop();
    await listener?.close();
    await a?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /** A GET through instance B with a client's session cookie. */
  const viaB = (client: TestClient, path: string) => fetch(`${b.base}${path}`, { headers: { cookie: client.cookie! } });

  it('serves through B a file uploaded through A', async () => {
    const staff = await a.as('staff');
    const agreement = await a.db
      .selectFrom('cooperation_agreement')
      .select('id')
      .where('region_code', '=', '621122')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const up = await staff.upload(
      `/api/v1/attachments/cooperation.agreement/${agreement.id}?slot=file`,
      '协议.pdf',
      PDF,
    );
    expect(up.statusCode, up.body).toBe(200);
    const res = await viaB(staff, `/api/v1/attachments/file/${up.json().id}`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);

    // And the demo's files, stored when the database was seeded, by an instance long gone.
    const seeded = await a.db
      .selectFrom('attachment')
      .select(['id', 'size_bytes'])
      .where('owner_type', '=', 'achievement.record')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const demo = await viaB(staff, `/api/v1/attachments/file/${seeded.id}`);
    expect(demo.status).toBe(200);
    expect((await demo.arrayBuffer()).byteLength).toBe(Number(seeded.size_bytes));
  });

  /** Signs in through instance B (with the demo administrators' TOTP step): a way to send mutations through it. */
  async function signInAtB(username: string) {
    const session = await httpLogin(b.base, username, DEMO_PASSWORD);
    return (path: string, body: unknown) =>
      fetch(`${b.base}${path}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...session.headers },
        body: JSON.stringify(body),
      });
  }

  it('drops at once on A the parameters and role permissions changed through B', async () => {
    const param = await a.db
      .selectFrom('sys_param')
      .select(['value', 'version'])
      .where('key', '=', 'system.import_max_rows')
      .executeTakeFirstOrThrow();
    expect((await getParams(a.db)).get('system.import_max_rows')).toBe(param.value); // cached on A
    const admin = await signInAtB('admin');
    const changed = String(Number(param.value) - 1);
    const put = await admin('/api/v1/params/system.import_max_rows', { version: param.version, value: changed });
    expect(put.status).toBe(200);
    await vi.waitFor(async () => expect((await getParams(a.db)).get('system.import_max_rows')).toBe(changed), {
      timeout: BROADCAST_WITHIN_MS,
      interval: 20,
    });

    const role = await a.db
      .selectFrom('role')
      .select(['permissions', 'version'])
      .where('code', '=', 'leader')
      .executeTakeFirstOrThrow();
    const granted = role.permissions as string[];
    expect((await permissionsOf(a.db, ['leader'])).has(granted[0])).toBe(true); // cached on A
    const secadmin = await signInAtB('secadmin');
    const res = await secadmin('/api/v1/roles/leader', { version: role.version, permissions: granted.slice(1) });
    expect(res.status, await res.clone().text()).toBe(200);
    await vi.waitFor(async () => expect((await permissionsOf(a.db, ['leader'])).has(granted[0])).toBe(false), {
      timeout: BROADCAST_WITHIN_MS,
      interval: 20,
    });
  });

  it('refuses at once on B a session signed out through A', async () => {
    const staff = await a.as('staff');
    expect((await viaB(staff, '/api/v1/auth/me')).status).toBe(200); // now in B's session cache
    expect((await viaB(staff, '/api/v1/auth/me')).status).toBe(200);
    const signedOutAt = Date.now();
    expect((await staff.post('/api/v1/auth/logout')).statusCode).toBe(200);
    await vi.waitFor(async () => expect((await viaB(staff, '/api/v1/auth/me')).status).toBe(401), {
      timeout: BROADCAST_WITHIN_MS,
      interval: 20,
    });
    expect(Date.now() - signedOutAt).toBeLessThan(BROADCAST_WITHIN_MS);
  });
});
