import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { loadConfig } from '../config';
import type { DB } from '../db/schema';
import { DatabaseStorage } from './database-storage';
import { isStorageKey } from './storage-key';

/** Where uploaded files live: put/get/remove by an opaque key (a UUID), never by the user's file name. */
export interface StorageAdapter {
  /** Stores the bytes under a new random key and returns the key. */
  put(data: Buffer): Promise<string>;
  /** Reads the bytes of a key; throws when it is missing. */
  get(key: string): Promise<Buffer>;
  /** Deletes a key (no error when it is already gone). */
  remove(key: string): Promise<void>;
}

/** Files on local disk under one directory, two levels of fan-out by key prefix. */
export class LocalDiskStorage implements StorageAdapter {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    // The key is ours, but check it anyway: no path ever comes from outside.
    if (!isStorageKey(key)) throw new Error(`invalid storage key ${key}`);
    return join(this.root, key.slice(0, 2), key);
  }

  async put(data: Buffer): Promise<string> {
    const key = randomUUID();
    const path = this.pathOf(key);
    await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
    await writeFile(path, data, { flag: 'wx', mode: 0o600 });
    return key;
  }

  async get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

/** The files directory: KC_FILES_DIR, else `<data dir>/files` (--data-dir / KC_DATA_DIR); tests get a temporary directory. */
export function defaultFilesDir(env = process.env): string {
  if (env.KC_FILES_DIR) return resolve(env.KC_FILES_DIR);
  if (env.VITEST) return join(tmpdir(), `kc-files-${process.pid}`);
  return join(loadConfig().dataDir, 'files');
}

export type FileStorageKind = 'database' | 'disk';

/**
 * Where files go: KC_FILE_STORAGE, else the database on PostgreSQL and the disk on PGlite. Several instances share
 * one PostgreSQL but not one disk, so there the bytes must be in the database; a PGlite installation is one
 * process on one host, where the files directory is already shared and keeps the embedded database small.
 */
export function fileStorageKind(env = process.env): FileStorageKind {
  const set = env.KC_FILE_STORAGE;
  if (set === 'database' || set === 'disk') return set;
  if (set) throw new Error(`KC_FILE_STORAGE 的值“${set}”无效：应为 database（存入数据库）或 disk（存于文件目录）`);
  return env.DATABASE_URL ? 'database' : 'disk';
}

let disk: LocalDiskStorage | null = null;

/** The files directory's storage, one per process. */
export function diskStorage(): LocalDiskStorage {
  disk ??= new LocalDiskStorage(defaultFilesDir());
  return disk;
}

/**
 * The storage to use through `db` (a transaction too: a file put in it is there exactly when the transaction
 * commits): the database's (reading older files from disk) or the files directory's, by `fileStorageKind`.
 */
export function storageFor(db: Kysely<DB>): StorageAdapter {
  return fileStorageKind() === 'database' ? new DatabaseStorage(db, diskStorage()) : diskStorage();
}
