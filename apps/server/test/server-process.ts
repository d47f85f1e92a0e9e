import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { totpCodeOf } from '../src/modules/auth/totp/totp-code';
import { DEMO_ACCOUNTS } from '../src/seed/demo-accounts';

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

// The last TOTP time-step each account signed in with: the server takes a step once, so a second sign-in in the same
// half-minute uses the next step's code (inside the server's one-step window), and a third waits for it.
const lastTotpStep = new Map<string, number>();
const TOTP_STEP_MS = 30_000;

async function demoTotpCode(username: string): Promise<string> {
  const secret = DEMO_ACCOUNTS.find((a) => a.username === username)?.totpSecret;
  if (!secret) throw new Error(`${username} signs in with a TOTP code nobody knows`);
  const current = Math.floor(Date.now() / TOTP_STEP_MS);
  const step = Math.max(current, (lastTotpStep.get(username) ?? -1) + 1);
  if (step > current + 1) await new Promise((r) => setTimeout(r, (step - 1) * TOTP_STEP_MS - Date.now() + 500));
  lastTotpStep.set(username, step);
  return totpCodeOf(secret, step * TOTP_STEP_MS);
}

/** A minimal HTTP client with the session cookie and CSRF token (answering the demo administrators' TOTP step). */
export async function httpLogin(base: string, username: string, password: string) {
  const post = (path: string, body: unknown) =>
    fetch(`${base}/api/v1/auth/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  let res = await post('login', { username, password });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  let body = (await res.json()) as { csrfToken: string } | { secondFactor: true; challenge: string };
  if ('challenge' in body) {
    res = await post('login/totp', { challenge: body.challenge, code: await demoTotpCode(username) });
    if (!res.ok) throw new Error(`login (TOTP) failed: ${res.status} ${await res.text()}`);
    body = (await res.json()) as { csrfToken: string };
  }
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = body as { csrfToken: string };
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
