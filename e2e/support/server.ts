import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

// One personal-data key for the test process and the servers it starts: a fixture that seeds a data directory before
// the server opens it seals with the same key the server opens with (else every sealed demo value reads as altered).
process.env.KC_DATA_KEY ??= randomBytes(32).toString('base64');
/** The built web app the test server serves: apps/web/dist, or $KC_E2E_WEB_DIST (a build of one's own while others build). */
export const WEB_DIST = process.env.KC_E2E_WEB_DIST || join(ROOT, 'apps/web/dist');

export interface RunningServer {
  base: string;
  dataDir: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s) and removes its data directory. */
  stop(): Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash or a pulled plug would, and removes its data directory. */
  kill(): Promise<void>;
}

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

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode) return Promise.resolve(true);
  return new Promise((ok) => {
    const timer = setTimeout(() => ok(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      ok(true);
    });
  });
}

/**
 * A new data directory holding the suite's demo database (seeded once, support/global-setup.ts), or an empty one the
 * server seeds itself when the suite's setup did not run (a flow started by hand).
 */
function freshDemoDataDir(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'kc-e2e-'));
  const demo = process.env.KC_E2E_DEMO_DIR;
  if (demo) cpSync(demo, dataDir, { recursive: true });
  return dataDir;
}

/**
 * The real server (`apps/server/src/main.ts`) as a child process on a fresh PGlite data directory,
 * serving the built web app. Browser flows run on PGlite whatever KC_TEST_PG_URL says, unless given a database URL.
 */
export async function startServer(
  opts: {
    timeoutMs?: number;
    dataDir?: string;
    prepare?: (dataDir: string) => Promise<void>;
    /** A PostgreSQL database instead of PGlite (instances sharing one); the server seeds the demo unless told not to. */
    databaseUrl?: string;
    port?: number;
    args?: string[];
  } = {},
): Promise<RunningServer> {
  const port = opts.port ?? (await freePort());
  // A test may bring a prepared data directory, or load its own fixtures into the fresh one before the server opens
  // it (rows no screen can add yet); it is removed on stop all the same.
  const dataDir = opts.dataDir ?? (opts.databaseUrl ? mkdtempSync(join(tmpdir(), 'kc-e2e-')) : freshDemoDataDir());
  await opts.prepare?.(dataDir);
  // The flows were written on the demo as recorded (2022 H1); the living demo has its own test
  // (apps/server/src/seed/seed-demo-lives.test.ts).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KC_WEB_DIST: WEB_DIST,
    LOG_LEVEL: 'warn',
    KC_DEMO_TODAY: process.env.KC_DEMO_TODAY ?? 'recorded',
  };
  delete env.DATABASE_URL;
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  const args = [
    '--import',
    'tsx',
    'apps/server/src/main.ts',
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--data-dir',
    dataDir,
    ...(opts.args ?? []),
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));

  const stop = async () => {
    if (!(await waitExitAfter(child, 'SIGTERM', 10_000))) await waitExitAfter(child, 'SIGKILL', 5_000);
    rmSync(dataDir, { recursive: true, force: true });
  };
  const kill = async () => {
    await waitExitAfter(child, 'SIGKILL', 5_000);
    rmSync(dataDir, { recursive: true, force: true });
  };

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    }
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server did not become healthy within the deadline:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, dataDir, output: () => output, stop, kill };
}

async function waitExitAfter(child: ChildProcess, signal: NodeJS.Signals, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode) return true;
  child.kill(signal);
  return waitExit(child, ms);
}
