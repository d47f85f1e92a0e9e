// The server's production build: apps/server/src/main.ts bundled by esbuild into one ES module run with plain
// `node` (no tsx loader in the process, about 45 MB less RSS; bench/FINDINGS.md F7). Our own code and
// @kechuang/domain go into the bundle; npm packages (argon2, pg, @electric-sql/pglite, …) stay in node_modules.
// Layout: dist/server/main.mjs beside dist/code-tables, because the base-data migration reads
// `../code-tables/<file>` relative to its own module URL. Used by `npm run build:server` and the bench.
import { chmodSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const SERVER = resolve(dirname(fileURLToPath(import.meta.url)), '../apps/server');
export const SERVER_DIST = resolve(SERVER, 'dist');
export const SERVER_ENTRY = resolve(SERVER_DIST, 'server/main.mjs');
const SERVER_START = resolve(SERVER_DIST, 'start.sh');

/**
 * Environment the production server runs with. glibc gives each thread that allocates its own malloc arena and,
 * after the first large free, keeps large blocks in it: every libuv thread that ever ran argon2id kept its 19 MiB
 * (+77 MB RSS after a few concurrent sign-ins). One arena, with argon2 limited to one run per core
 * (platform/auth/password.ts), keeps RSS flat at ~13 % lower sign-in throughput; a fixed mmap threshold instead
 * cost 4× (bench/FINDINGS.md F7). Read by glibc at process start, so it has to be in the environment.
 */
export const SERVER_ENV = { MALLOC_ARENA_MAX: '1' };

/**
 * V8 flags the production server runs with. By default V8 lets the old generation grow well past what is live
 * after each major GC, and it does not give it back: under load the heap held ~45–85 MB of live objects in
 * ~200 MB of old space, and the (g) import reached 340 MB RSS. Growing it by at most 20 % per GC keeps the
 * province bench at ~190 MB under load and ~200 MB in the import, with throughput within run-to-run noise
 * (bench/FINDINGS.md F15). Node.js 24's V8 sizes the young generation from the machine's memory (64 MB
 * semi-spaces on a 24 GB machine: 552 MB RSS under the province bench); 16 MB is Node.js 20's size (F24).
 * Not allowed in NODE_OPTIONS, so they go on the command line.
 */
export const SERVER_NODE_ARGS = ['--heap-growing-percent=20', '--max-semi-space-size=16'];

// `dist/start.sh [args]`: the one way to run the build (npm run start:prod); exec keeps the node process's pid.
// It runs the Node.js the project pins (node_modules/.bin/node, package.json's optionalDependencies) when it is
// installed, else the system's, and says which, so a service's log shows the runtime.
const START_SCRIPT = `#!/bin/sh
${Object.entries(SERVER_ENV)
  .map(([k, v]) => `export ${k}=\${${k}:-${v}}`)
  .join('\n')}
NODE="$(dirname "$0")/../../../node_modules/.bin/node"
[ -x "$NODE" ] || NODE="$(command -v node)"
echo "KeChuang 科创 服务端运行于 Node.js $("$NODE" --version)：$NODE" >&2
exec "$NODE" ${SERVER_NODE_ARGS.join(' ')} "$(dirname "$0")/server/main.mjs" "$@"
`;

/** Builds the server bundle and returns the path of its entry. */
export async function buildServer() {
  rmSync(SERVER_DIST, { recursive: true, force: true });
  cpSync(resolve(SERVER, 'src/platform/db/code-tables'), resolve(SERVER_DIST, 'code-tables'), { recursive: true });
  const pkg = JSON.parse(readFileSync(resolve(SERVER, 'package.json'), 'utf8'));
  const external = Object.keys(pkg.dependencies)
    .filter((d) => !d.startsWith('@kechuang/'))
    .flatMap((d) => [d, `${d}/*`]);
  writeFileSync(SERVER_START, START_SCRIPT);
  chmodSync(SERVER_START, 0o755);
  await build({
    entryPoints: [resolve(SERVER, 'src/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile: SERVER_ENTRY,
    external,
    logLevel: 'warning',
  });
  return SERVER_ENTRY;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`server built: ${await buildServer()}`);
}
