import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server-process';
import { pgUrlFor, PG_TEMPLATE_DB } from './test-db';

const PG_BIN = '/usr/lib/postgresql/15/bin';

/** Whether this machine can make a local primary and replica: Debian's PostgreSQL 15 and root (to act as postgres). */
export const canMakeReplica = () => existsSync(join(PG_BIN, 'pg_basebackup')) && process.getuid?.() === 0;

const asPostgres = (cmd: string, args: string[]) =>
  execFileSync('runuser', ['-u', 'postgres', '--', join(PG_BIN, cmd), ...args], { stdio: 'pipe' });

/** A primary on its own port with the test template's database as `kc`, and a streaming replica of it. */
export interface LocalReplicaPair {
  primaryUrl: string;
  replicaUrl: string;
  stopReplica(): void;
  stop(): void;
}

/**
 * Makes a throwaway PostgreSQL cluster (initdb), loads the migrated, demo-seeded test template into it, and starts a
 * streaming replica made with pg_basebackup: the real thing a bureau's database administrator sets up, on loopback.
 */
export async function startLocalReplicaPair(): Promise<LocalReplicaPair> {
  const dir = mkdtempSync(join(tmpdir(), 'kc-replica-'));
  chownSync(dir, uidOf('postgres'), gidOf('postgres'));
  const primaryDir = join(dir, 'primary');
  const replicaDir = join(dir, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const start = (data: string, port: number) =>
    asPostgres('pg_ctl', [
      '-D',
      data,
      '-l',
      `${data}.log`,
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c wal_level=replica -c max_wal_senders=4`,
      'start',
    ]);
  const stopCluster = (data: string) => {
    try {
      asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already stopped
    }
  };
  asPostgres('initdb', [
    '-D',
    primaryDir,
    '-A',
    'trust',
    '-U',
    'postgres',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  start(primaryDir, primaryPort);
  const primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/kc`;
  execFileSync(join(PG_BIN, 'createdb'), ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', 'kc']);
  const dump = execFileSync(join(PG_BIN, 'pg_dump'), ['-Fc', '-d', pgUrlFor(PG_TEMPLATE_DB)], {
    maxBuffer: 1 << 30,
  });
  execFileSync(join(PG_BIN, 'pg_restore'), ['--no-owner', '-d', primaryUrl], {
    input: dump,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  asPostgres('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primaryPort),
    '-U',
    'postgres',
    '-D',
    replicaDir,
    '-R',
    '-X',
    'stream',
    '--checkpoint=fast', // else it waits for a spread checkpoint: minutes on an idle cluster
  ]);
  start(replicaDir, replicaPort);
  return {
    primaryUrl,
    replicaUrl: `postgres://postgres@127.0.0.1:${replicaPort}/kc`,
    stopReplica: () => stopCluster(replicaDir),
    stop() {
      stopCluster(replicaDir);
      stopCluster(primaryDir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const idOf = (flag: '-u' | '-g', name: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
const uidOf = (name: string) => idOf('-u', name);
const gidOf = (name: string) => idOf('-g', name);
