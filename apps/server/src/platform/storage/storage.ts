import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config';

/** Where uploaded files live: put/get/remove by an opaque key (a UUID), never by the user's file name. */
export interface StorageAdapter {
  /** Stores the bytes under a new random key and returns the key. */
  put(data: Buffer): Promise<string>;
  /** Reads the bytes of a key; throws when it is missing. */
  get(key: string): Promise<Buffer>;
  /** Deletes a key (no error when it is already gone). */
  remove(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Files on local disk under one directory, two levels of fan-out by key prefix. */
export class LocalDiskStorage implements StorageAdapter {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    // The key is ours, but check it anyway: no path ever comes from outside.
    if (!KEY.test(key)) throw new Error(`invalid storage key ${key}`);
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

let shared: StorageAdapter | null = null;

/** The process-wide storage (local disk by default). */
export function getStorage(): StorageAdapter {
  shared ??= new LocalDiskStorage(defaultFilesDir());
  return shared;
}
