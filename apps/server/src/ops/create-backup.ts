import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../platform/db/schema';
import { verifyAuditChain } from '../platform/audit/audit.verify';
import { appTables, sequenceStates, type TableInfo } from './db-catalog';
import { BACKUP_FORMAT, FILES_PREFIX, MANIFEST_NAME, type BackupManifest } from './backup-manifest';
import { TarGzWriter } from './tar-archive';

// Rows are fetched a few at a time (a stored file's content can be megabytes) and written in chunks of about this size.
const FETCH_ROWS = 100;
const CHUNK_BYTES = 8 * 1024 * 1024;

export interface BackupOptions {
  db: Kysely<DB>;
  backEnd: 'pglite' | 'postgres';
  /** Where uploaded files are kept (attachments); absent or empty is fine. */
  filesDir: string;
  out: string;
  productVersion: string;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Every regular file under a directory, as paths relative to it with forward slashes. */
async function filesUnder(root: string): Promise<string[]> {
  if (!existsSync(root)) return [];
  const found: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.push(relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return found.sort();
}

/**
 * Writes one .tar.gz: every application table as JSON lines (PostgreSQL's own text of each row, so numbers,
 * timestamps and bytes survive exactly, and either back end can load it), the sequences' positions, every uploaded
 * file, and last a manifest with row counts and each entry's SHA-256. The database is read in one repeatable-read
 * transaction, so the copy is consistent while the product keeps running.
 */
export async function createBackup(opts: BackupOptions): Promise<BackupManifest> {
  if (existsSync(opts.out)) throw new Error(`备份文件 ${opts.out} 已存在，请换一个文件名`);
  const partial = `${opts.out}.partial`;
  await rm(partial, { force: true });
  const tar = new TarGzWriter(partial);
  const entries: BackupManifest['entries'] = [];
  const add = async (name: string, data: Buffer) => {
    await tar.add(name, data);
    entries.push({ name, size: data.length, sha256: sha256(data) });
  };
  try {
    const fromDb = await opts.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        await sql`set transaction read only`.execute(trx);
        const known = await sql<{ t: string | null }>`select to_regclass('kysely_migration')::text as t`.execute(trx);
        if (!known.rows[0].t) {
          throw new Error('数据库中没有本系统的数据（未找到迁移记录），请检查 --data-dir 或 DATABASE_URL');
        }
        const schema = await sql<{ name: string }>`
          select name from kysely_migration order by name desc limit 1`.execute(trx);
        const tables: BackupManifest['tables'] = [];
        for (const table of await appTables(trx)) tables.push(await copyTable(trx, table, add));
        const chain = await verifyAuditChain(trx);
        return {
          schemaVersion: schema.rows[0]?.name ?? '',
          tables,
          sequences: await sequenceStates(trx),
          auditChain: { ok: chain.ok, checked: chain.checked },
        };
      });
    for (const path of await filesUnder(opts.filesDir)) {
      await add(FILES_PREFIX + path, await readFile(join(opts.filesDir, path)));
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: 1,
      productVersion: opts.productVersion,
      backEnd: opts.backEnd,
      createdAt: new Date().toISOString(),
      ...fromDb,
      entries,
    };
    await tar.add(MANIFEST_NAME, Buffer.from(JSON.stringify(manifest, null, 2)));
    await tar.close();
    await rename(partial, opts.out);
    return manifest;
  } catch (e) {
    await tar.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw e;
  }
}

async function copyTable(
  trx: Kysely<DB>,
  table: TableInfo,
  add: (name: string, data: Buffer) => Promise<void>,
): Promise<BackupManifest['tables'][number]> {
  const order = table.orderBy ? sql`order by ${sql.ref(table.orderBy)}` : sql``;
  await sql`declare kc_backup no scroll cursor for
    select row_to_json(t)::text as j from ${sql.table(table.name)} t ${order}`.execute(trx);
  const names: string[] = [];
  let rows = 0;
  let chunk: string[] = [];
  let chunkBytes = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const name = `db/${table.name}/${String(names.length + 1).padStart(5, '0')}.jsonl`;
    await add(name, Buffer.from(chunk.join(''), 'utf8'));
    names.push(name);
    chunk = [];
    chunkBytes = 0;
  };
  for (;;) {
    const batch = await sql<{ j: string }>`fetch ${sql.raw(String(FETCH_ROWS))} from kc_backup`.execute(trx);
    for (const { j } of batch.rows) {
      chunk.push(`${j}\n`);
      chunkBytes += j.length + 1;
      rows++;
      if (chunkBytes >= CHUNK_BYTES) await flush();
    }
    if (batch.rows.length < FETCH_ROWS) break;
  }
  await flush();
  await sql`close kc_backup`.execute(trx);
  return { name: table.name, rows, entries: names };
}
