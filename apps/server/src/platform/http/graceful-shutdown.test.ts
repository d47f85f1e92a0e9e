import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServerProcess } from '../../../test/server-process';
import { testDbKind } from '../../../test/test-db';
import { DEMO_PASSWORD } from '../../seed/demo-accounts';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

// The process under test runs on its own PGlite data directory either way: once, with the PGlite project, is enough.
describe.runIf(testDbKind() === 'pglite')('stopping the server', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kc-shutdown-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  });

  it('lets a request in flight at SIGTERM answer 200, takes no new ones, and exits 0', async () => {
    const server = await startServerProcess({ dataDir });
    cleanups.push(server.kill);
    const exited = new Promise<number | null>((ok) => server.child.once('exit', (code) => ok(code)));

    // A sign-in whose body is half sent: the server has the request and waits for the rest.
    const body = JSON.stringify({ username: 'staff', password: DEMO_PASSWORD });
    const half = Math.floor(body.length / 2);
    const socket = connect(Number(new URL(server.base).port), '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d));
    const closed = new Promise<void>((ok) => socket.once('close', () => ok()));
    await new Promise<void>((ok) => socket.once('connect', () => ok()));
    socket.write(
      `POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n${body.slice(0, half)}`,
    );
    // The server has the request (it answers 100 Continue once it has read the headers) before the signal.
    await vi.waitFor(() => expect(answer).toContain('100 Continue'), { timeout: 10_000 });

    server.child.kill('SIGTERM');
    await vi.waitFor(() => expect(server.output()).toContain('收到 SIGTERM，正在停止'), { timeout: 10_000 });
    // No longer accepting: a new connection is refused while the request in flight is still open.
    await vi.waitFor(() => expect(fetch(`${server.base}/api/health`)).rejects.toThrow(), { timeout: 10_000 });
    expect(server.child.exitCode).toBeNull();

    socket.write(body.slice(half));
    await vi.waitFor(() => expect(answer).toMatch(/\r\n\r\n.*"csrfToken"/s), { timeout: 20_000 });
    expect(answer).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
    expect(answer).toMatch(/x-request-id: \S+/i);
    socket.end();
    await closed;
    expect(await exited).toBe(0);
    expect(server.output()).toContain('已停止');
  });

  it('gives up after KC_SHUTDOWN_TIMEOUT_MS when a request does not finish, and exits 1', async () => {
    process.env.KC_SHUTDOWN_TIMEOUT_MS = '1500'; // the child's environment is copied from this process's
    const server = await startServerProcess({ dataDir }).finally(() => delete process.env.KC_SHUTDOWN_TIMEOUT_MS);
    cleanups.push(server.kill);
    const exited = new Promise<number | null>((ok) => server.child.once('exit', (code) => ok(code)));
    const socket = connect(Number(new URL(server.base).port), '127.0.0.1');
    cleanups.push(async () => socket.destroy());
    await new Promise<void>((ok) => socket.once('connect', () => ok()));
    // A body that never comes: the request stays in flight.
    let answer = '';
    socket.on('data', (d) => (answer += d));
    socket.write(
      'POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        'Content-Length: 100\r\nExpect: 100-continue\r\n\r\n{',
    );
    await vi.waitFor(() => expect(answer).toContain('100 Continue'), { timeout: 10_000 });
    server.child.kill('SIGTERM');
    expect(await exited).toBe(1);
    expect(server.output()).toContain('停止超时（1.5 秒），强制退出');
  });
});
