import { closeSync, openSync, readFileSync, realpathSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';

/**
 * One process per embedded data directory. PGlite does not stop a second process from opening the same directory
 * (its postmaster.pid is not checked), and two processes on one directory silently lose committed rows; so the
 * server takes this lock file before it opens the directory, and removes it on close and on exit.
 */
export const LOCK_FILE = 'kechuang.lock';

/** Who holds a data directory: written into the lock file as JSON. */
export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

/** The directory is in use by another live process (or by one on another host): the server must not start. */
export class DataDirLockedError extends Error {}

export interface DataDirLock {
  /** Removes the lock file if it is still this lock's; safe to call twice. */
  release(): void;
}

// Lock files this process holds, so a second open of the same directory in this process is refused too.
const heldHere = new Set<string>();

/** Takes the data directory's lock, taking over a stale one (its process is gone) with a warning through `warn`. */
export function lockDataDir(dataDir: string, warn: (message: string) => void = console.warn): DataDirLock {
  // The real path: the same directory reached through a symbolic link is still the same directory in this process.
  const path = join(realpathSync(dataDir), LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const content = JSON.stringify(me);
  for (let attempt = 0; !createExclusive(path, content); attempt++) {
    if (attempt === 5) throw new DataDirLockedError(`无法取得数据目录 ${dataDir} 的锁文件 ${LOCK_FILE}，请稍后重试`);
    const holder = readHolder(path);
    if (holder === 'gone') continue; // released between our attempt and the read: try again
    refuseIfHeld(dataDir, holder, heldHere.has(path));
    takeOverStale(path, holder, dataDir, warn);
  }
  heldHere.add(path);
  const release = () => {
    process.off('exit', release);
    if (!heldHere.delete(path)) return;
    // Only our own lock: after a takeover by a newer process the file is no longer ours.
    if (readFileIfAny(path) === content) unlinkSync(path);
  };
  process.on('exit', release);
  return { release };
}

function createExclusive(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readFileIfAny(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** The lock's holder; null when the file cannot be read as one (a process died between creating and writing it). */
function readHolder(path: string): LockHolder | null | 'gone' {
  let text = readFileIfAny(path);
  if (text === '') {
    // Another process may be between creating the file and writing it: give it a moment.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    text = readFileIfAny(path);
  }
  if (text === null) return 'gone';
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    return Number.isInteger(h.pid) && typeof h.host === 'string' ? (h as LockHolder) : null;
  } catch {
    return null;
  }
}

function refuseIfHeld(dataDir: string, holder: LockHolder | null, heldByThisProcess: boolean): void {
  if (holder === null) return;
  const who = `PID ${holder.pid}，${formatStart(holder.startedAt)} 启动`;
  if (holder.host !== hostname()) {
    throw new DataDirLockedError(
      `数据目录 ${dataDir} 已被另一台主机 ${holder.host} 上的进程（${who}）占用，本机无法判断该进程是否仍在运行：` +
        `同一数据目录只能由一个 KeChuang 进程打开。请先在该主机上停止该进程；确认它已停止后，删除 ${LOCK_FILE} 再启动。`,
    );
  }
  // A holder with this process's own pid that this process does not hold is a predecessor that died (in a container
  // the server is often pid 1 on every start).
  if (heldByThisProcess || (holder.pid !== process.pid && isAlive(holder.pid) && !predatesBoot(holder))) {
    throw new DataDirLockedError(
      `数据目录 ${dataDir} 已被另一个进程（${who}）占用：同一数据目录只能由一个 KeChuang 进程打开。` +
        `请先停止该进程，或使用另一个数据目录。`,
    );
  }
}

/**
 * Replaces a stale lock. A guard file makes the check-and-replace one step, so two processes starting at once on a
 * crashed directory cannot both take it over (each deleting the other's fresh lock).
 */
function takeOverStale(path: string, holder: LockHolder | null, dataDir: string, warn: (m: string) => void): void {
  const guard = `${path}.takeover`;
  const guardTaken = createExclusive(guard, String(process.pid));
  if (!guardTaken) {
    // A guard left by a process that died mid-takeover is old; a live one is gone within milliseconds.
    if (Date.now() - (statMtime(guard) ?? Date.now()) > 10_000) unlinkQuietly(guard);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    return;
  }
  try {
    if (JSON.stringify(readHolder(path)) !== JSON.stringify(holder)) return; // changed meanwhile: look again
    const who = holder ? `PID ${holder.pid}，${formatStart(holder.startedAt)} 启动` : '内容无法识别';
    warn(`数据目录 ${dataDir} 留有已停止进程的锁文件（${who}），上次可能未正常关闭；本进程接管该目录。`);
    unlinkQuietly(path);
  } finally {
    unlinkQuietly(guard);
  }
}

/** `process.kill(pid, 0)` only asks: EPERM means the process exists but belongs to another user. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock written before this machine booted is stale, even if its pid has since been given to another process. */
function predatesBoot(holder: LockHolder): boolean {
  const started = Date.parse(holder.startedAt);
  return Number.isFinite(started) && started < Date.now() - uptime() * 1000 - 60_000;
}

function formatStart(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '时间不详';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function statMtime(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
