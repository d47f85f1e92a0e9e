import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => ok(port));
    });
    srv.on('error', fail);
  });
}

/** The real server as a child process (`main.ts`), as `npm start` runs it, on a given data dir or database. */
export async function startServerProcess(opts: {
  dataDir: string;
  databaseUrl?: string | null;
  port?: number;
  seedDemo?: boolean;
}) {
  const port = opts.port ?? (await freePort());
  const args = [
    '--import',
    'tsx',
    'apps/server/src/main.ts',
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--data-dir',
    opts.dataDir,
  ];
  if (opts.seedDemo === false) args.push('--no-demo');
  const env: NodeJS.ProcessEnv = { ...process.env, KC_WEB_DIST: '', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become healthy:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    child,
    output: () => output,
    /** Ends the process the hard way, as a power cut or `kill -9` would. */
    kill: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null || child.signalCode) return ok();
        child.once('exit', () => ok());
        child.kill('SIGKILL');
      }),
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null || child.signalCode) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}

/** A minimal HTTP client with the session cookie and CSRF token. */
export async function httpLogin(base: string, username: string, password: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return {
    get: (p: string) => call('GET', p),
    post: (p: string, b: unknown) => call('POST', p, b),
    /** The session's headers, for requests the helpers do not cover (uploads). */
    headers: { cookie, 'x-csrf-token': csrfToken },
  };
}
