import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../../../test/server-process';
import { testDbKind } from '../../../test/test-db';
import { DataDirLockedError, LOCK_FILE, lockDataDir, type LockHolder } from './data-dir-lock';
import { openDatabase } from './database';

const dirs: string[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kc-lock-'));
  dirs.push(dir);
  return dir;
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

const writeLock = (dir: string, holder: object) => writeFileSync(join(dir, LOCK_FILE), JSON.stringify(holder));
const lockHolder = (dir: string) => JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as LockHolder;

describe('the data directory lock file', () => {
  it('refuses a directory held by a live process, naming it, and leaves its lock alone', () => {
    const dir = tempDir();
    writeLock(dir, { pid: process.ppid, host: hostname(), startedAt: new Date().toISOString() });
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(`数据目录 ${dir} 已被另一个进程（PID ${process.ppid}，`);
    expect(lockHolder(dir).pid).toBe(process.ppid);
  });

  it('refuses a directory held from another host, saying it cannot tell whether that process still runs', () => {
    const dir = tempDir();
    writeLock(dir, { pid: deadPid(), host: 'other-host', startedAt: new Date().toISOString() });
    expect(() => lockDataDir(dir)).toThrow(/另一台主机 other-host 上的进程.*无法判断该进程是否仍在运行/);
  });

  it('refuses a second lock of the same directory in this process', () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(`PID ${process.pid}`);
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('knows the directory reached through a symbolic link', () => {
    const dir = tempDir();
    const link = join(tempDir(), 'link');
    symlinkSync(dir, link);
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(link)).toThrow(DataDirLockedError);
    lock.release();
  });

  it('takes over a stale lock (its process is gone) with a warning', () => {
    const dir = tempDir();
    const dead = deadPid();
    writeLock(dir, { pid: dead, host: hostname(), startedAt: new Date().toISOString() });
    const warnings: string[] = [];
    const lock = lockDataDir(dir, (m) => warnings.push(m));
    expect(lockHolder(dir).pid).toBe(process.pid);
    expect(warnings).toEqual([expect.stringContaining(`已停止进程的锁文件（PID ${dead}，`)]);
    lock.release();
  });

  it('takes over a lock with this process’s own pid that it does not hold (a restarted container’s pid 1)', () => {
    const dir = tempDir();
    const predecessor = { pid: process.pid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' };
    writeLock(dir, predecessor);
    const lock = lockDataDir(dir, () => undefined);
    expect(lockHolder(dir)).not.toEqual(predecessor);
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('takes over a lock file it cannot read (a process died between creating and writing it)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), '');
    const warnings: string[] = [];
    const lock = lockDataDir(dir, (m) => warnings.push(m));
    expect(warnings).toEqual([expect.stringContaining('内容无法识别')]);
    lock.release();
  });

  it('release leaves a lock that is no longer its own', () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    const newer = { pid: process.ppid, host: hostname(), startedAt: new Date().toISOString() };
    writeLock(dir, newer);
    lock.release();
    expect(lockHolder(dir)).toEqual(newer);
  });
});

// PGlite only: the lock guards the embedded data directory; a PostgreSQL server guards its own.
describe.skipIf(testDbKind() === 'postgres')('one process per embedded data directory', () => {
  it('refuses a second server on an open directory; after close it opens again; a stale lock is taken over', async () => {
    const dataDir = tempDir();
    const first = await openDatabase({ dataDir });
    cleanups.push(first.close);
    await sql`create table kept (n int)`.execute(first.db);
    await sql`insert into kept values (1)`.execute(first.db);

    // The second process exits with 1 and tells whoever started it who holds the directory; no stack trace.
    const second = startServerProcess({ dataDir, seedDemo: false }).then((s) => {
      cleanups.push(s.kill);
      return s;
    });
    const refusal = await second.then(
      () => 'started',
      (e: Error) => e.message,
    );
    expect(refusal).toMatch(/^server exited with 1:/);
    expect(refusal).toContain(`KeChuang 科创 未启动：数据目录 ${dataDir} 已被另一个进程（PID ${process.pid}，`);
    expect(refusal).toContain('同一数据目录只能由一个 KeChuang 进程打开');
    expect(refusal).not.toMatch(/\n\s+at /);
    expect(lockHolder(dataDir).pid).toBe(process.pid);

    await first.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);

    // A process that died without closing left its lock behind: the next open takes it over.
    writeLock(dataDir, { pid: deadPid(), host: hostname(), startedAt: new Date().toISOString() });
    const again = await openDatabase({ dataDir });
    try {
      expect(lockHolder(dataDir).pid).toBe(process.pid);
      const { rows } = await sql<{ n: number }>`select n from kept`.execute(again.db);
      expect(rows).toEqual([{ n: 1 }]);
    } finally {
      await again.close();
    }
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });
});
