import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR, ROOT } from '../scales';

/**
 * A production-style build of the server for `--build`: apps/server/src/main.ts bundled to one ES module with
 * esbuild (the workspace's own code and @kechuang/domain inside, npm packages left to node_modules), run with
 * plain `node` instead of the tsx loader. The product has no build step yet; this is what one would give.
 * The bundle sits in bench/data/server-build/migrations/ beside a link to the code tables, because the base-data
 * migration reads them relative to its own file.
 */
const BUILD_DIR = resolve(DATA_DIR, 'server-build');

export async function buildServer(): Promise<string> {
  const { build } = await import('esbuild');
  const dir = BUILD_DIR;
  mkdirSync(resolve(dir, 'migrations'), { recursive: true });
  const tables = resolve(dir, 'code-tables');
  if (!existsSync(tables)) symlinkSync(resolve(ROOT, 'apps/server/src/platform/db/code-tables'), tables);
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'apps/server/package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const external = Object.keys(pkg.dependencies).filter((d) => !d.startsWith('@kechuang/')).flatMap((d) => [d, `${d}/*`]);
  const outfile = resolve(dir, 'migrations/main.mjs');
  await build({ entryPoints: [resolve(ROOT, 'apps/server/src/main.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, external, logLevel: 'warning' });
  return outfile;
}

/** Removes the bundle (it is a generated .mjs under the repository, which `eslint .` would otherwise read). */
export function removeServerBuild(): void {
  rmSync(BUILD_DIR, { recursive: true, force: true });
}
