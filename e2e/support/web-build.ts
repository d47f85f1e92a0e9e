import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, WEB_DIST } from './server';

/** Builds apps/web once when no build exists (`npm run build:web` normally ran before the e2e suite). */
export function ensureWebBuilt(): void {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['vite', 'build'], {
    cwd: join(ROOT, 'apps/web'),
    stdio: 'inherit',
  });
}
