import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { StorageAdapter } from './storage';
import { isStorageKey } from './storage-key';

/**
 * Files as rows of `file_blob` (bytea), so every app instance on one PostgreSQL serves every file and the backup's
 * table copy carries them. `legacy` is the disk storage of files uploaded before the switch: read and removed
 * there when the key has no row, so an upgraded installation keeps its old attachments without a copy step.
 */
export class DatabaseStorage implements StorageAdapter {
  constructor(
    private db: Kysely<DB>,
    private legacy: StorageAdapter | null = null,
  ) {}

  async put(data: Buffer): Promise<string> {
    const key = randomUUID();
    await this.db.insertInto('file_blob').values({ key, data, size: data.length }).execute();
    return key;
  }

  async get(key: string): Promise<Buffer> {
    if (!isStorageKey(key)) throw new Error(`invalid storage key ${key}`);
    const row = await this.db.selectFrom('file_blob').select('data').where('key', '=', key).executeTakeFirst();
    if (row) return row.data;
    if (this.legacy) return this.legacy.get(key);
    throw new Error(`stored file ${key} is missing`);
  }

  async remove(key: string): Promise<void> {
    if (!isStorageKey(key)) throw new Error(`invalid storage key ${key}`);
    await this.db.deleteFrom('file_blob').where('key', '=', key).execute();
    await this.legacy?.remove(key);
  }
}
