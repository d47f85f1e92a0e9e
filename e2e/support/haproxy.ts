import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server';

/** Whether Debian's HAProxy is installed (scripts/ensure-browser.sh installs it with the browser, as root). */
export const hasHaproxy = () => spawnSync('haproxy', ['-v']).status === 0;

export interface RunningProxy {
  base: string;
  stop(): Promise<void>;
}

/**
 * HAProxy on loopback in front of the given instances, configured as docs/deploy.md says: health checks on
 * /api/ready, a refused connection retried on the other instance (a request never sent is safe to resend; one that
 * reached a dying instance is not retried, so nothing is written twice), and X-Forwarded-For for the audit.
 */
export async function startHaproxy(backends: { name: string; port: number }[]): Promise<RunningProxy> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kc-haproxy-'));
  const config = join(dir, 'haproxy.cfg');
  writeFileSync(
    config,
    `global
    maxconn 512

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    option forwardfor
    option http-server-close
    retries 3
    option redispatch
    retry-on conn-failure

frontend kechuang
    bind 127.0.0.1:${port}
    default_backend app

backend app
    balance roundrobin
    option httpchk GET /api/ready
    http-check expect status 200
    default-server inter 300ms fall 2 rise 1
${backends.map((b) => `    server ${b.name} 127.0.0.1:${b.port} check`).join('\n')}
`,
  );
  const check = spawnSync('haproxy', ['-c', '-f', config], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`haproxy refused its configuration:\n${check.stdout}${check.stderr}`);
  const child = spawn('haproxy', ['-db', '-f', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 200) throw new Error(`haproxy did not answer:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
