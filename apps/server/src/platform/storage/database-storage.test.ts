import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/test-db';
import type { Database } from '../db/database';
import { DatabaseStorage } from './database-storage';
import { fileStorageKind, LocalDiskStorage } from './storage';

let database: Database;
let dir: string;
beforeAll(async () => {
  database = await openTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'kc-legacy-files-'));
});
afterAll(async () => {
  await database?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('where uploaded files are kept', () => {
  it('defaults to the database on PostgreSQL and the disk on PGlite, and refuses an unknown choice in Chinese', () => {
    expect(fileStorageKind({ DATABASE_URL: 'postgres://db/kc' })).toBe('database');
    expect(fileStorageKind({})).toBe('disk');
    expect(fileStorageKind({ KC_FILE_STORAGE: 'disk', DATABASE_URL: 'postgres://db/kc' })).toBe('disk');
    expect(fileStorageKind({ KC_FILE_STORAGE: 'database' })).toBe('database');
    expect(() => fileStorageKind({ KC_FILE_STORAGE: 's3' })).toThrow(/KC_FILE_STORAGE 的值“s3”无效/);
  });

  it('keeps bytes in the database under a new key, reads them back and removes them', async () => {
    const storage = new DatabaseStorage(database.db);
    const data = Buffer.from([0, 255, ...Buffer.from('现场照片')]);
    const key = await storage.put(data);
    expect(await storage.get(key)).toEqual(data);
    const row = await database.db.selectFrom('file_blob').select('size').where('key', '=', key).executeTakeFirst();
    expect(row?.size).toBe(data.length);
    await storage.remove(key);
    await expect(storage.get(key)).rejects.toThrow(/missing/);
    await expect(storage.get('../../etc/passwd')).rejects.toThrow(/invalid storage key/);
  });

  it('still serves and removes a file stored on disk before the switch', async () => {
    const disk = new LocalDiskStorage(dir);
    const key = await disk.put(Buffer.from('旧附件'));
    const storage = new DatabaseStorage(database.db, disk);
    expect((await storage.get(key)).toString()).toBe('旧附件');
    await storage.remove(key);
    await expect(disk.get(key)).rejects.toThrow(/ENOENT/);
  });

  it('through a transaction, keeps a file only if the transaction commits', async () => {
    let key = '';
    await expect(
      database.db.transaction().execute(async (trx) => {
        key = await new DatabaseStorage(trx).put(Buffer.from('回滚'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await expect(new DatabaseStorage(database.db).get(key)).rejects.toThrow(/missing/);
  });
});
