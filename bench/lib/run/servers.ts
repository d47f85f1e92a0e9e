import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Manifest } from '../gen/generate';
import { DATA_DIR, type Scale, type Target } from '../scales';
import { freePort, startNode, type Started } from './processes';
import { SERVER_ENV, SERVER_NODE_ARGS } from './build-server';
import type { Side } from './types';

/** The real server (apps/server/src/main.ts, as `npm start` runs it) on the bench data, without the demo seed. */
export async function startProduct(scale: Scale, target: Target, builtEntry?: string): Promise<Started> {
  const port = await freePort();
  // The build runs in the environment and with the flags its start script sets (dist/start.sh); tsx runs of the source do not.
  const env: NodeJS.ProcessEnv = {
    ...(builtEntry ? SERVER_ENV : {}),
    ...process.env,
    KC_WEB_DIST: '',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  };
  delete env.DATABASE_URL;

  let dataDir: string;
  if (target.kind === 'postgres') {
    env.DATABASE_URL = target.url;
    dataDir = resolve(DATA_DIR, `server-files-${scale.name}`); // uploaded files (the import) live here
    mkdirSync(dataDir, { recursive: true });
  } else {
    dataDir = target.dataDir;
  }
  return startNode({
    name: 'product',
    script: builtEntry ?? 'apps/server/src/main.ts',
    tsx: !builtEntry,
    // BENCH_PRODUCT_NODE_ARGS is for investigations only, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof' (product process only).
    nodeArgs: [
      ...(builtEntry ? SERVER_NODE_ARGS : []),
      ...(process.env.BENCH_PRODUCT_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    ],
    args: ['--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir, '--no-demo'],
    env,
    port,
    health: '/api/health',
  });
}

/** The raw baseline (bench/baseline/baseline-server.ts) on the same data. */
export async function startBaseline(target: Target, scopePrefix: string, userId: number): Promise<Started> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  const where = target.kind === 'postgres' ? ['--database-url', target.url] : ['--data-dir', target.dataDir];
  return startNode({
    name: 'baseline',
    script: 'bench/baseline/baseline-server.ts',
    args: ['--port', String(port), '--scope-prefix', scopePrefix, '--user-id', String(userId), ...where],
    env,
    port,
    health: '/api/health',
  });
}

/** Signs in on the product as a bench account; the side carries its cookie and CSRF token. */
export async function signIn(server: Started, username: string, manifest: Manifest): Promise<Side> {
  const res = await fetch(`${server.base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: manifest.password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { name: 'product', base: server.base, headers: { cookie, 'x-csrf-token': csrfToken } };
}
