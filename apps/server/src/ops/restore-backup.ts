import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { verifyAuditChain } from '../platform/audit/audit.verify';
import { migrateToLatest } from '../platform/db/migrate';
import type { DB } from '../platform/db/schema';
import { FILES_PREFIX, type BackupManifest } from './backup-manifest';
import { appTables, rowCounts, type TableInfo } from './db-catalog';
import { checkedEntries, verifyBackup } from './read-backup';

// One INSERT carries about this much JSON; PostgreSQL parses it into rows itself.
const INSERT_BYTES = 4 * 1024 * 1024;
const SAFE_FILE_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

export interface RestoreOptions {
  from: string;
  db: Kysely<DB>;
  /** Where uploaded files go on the target. */
  filesDir: string;
  migrations: Record<string, Migration>;
  /** Replace a target that already holds data (its tables and files are removed first). */
  force: boolean;
}

export interface RestoreSummary {
  manifest: BackupManifest;
  tables: number;
  rows: number;
  files: number;
  auditChecked: number;
  /** Migrations run after loading, when the backup came from an older version. */
  upgradedBy: string[];
}

async function filesDirHasFiles(dir: string): Promise<boolean> {
  if (!existsSync(dir)) return false;
  return (await readdir(dir, { recursive: true, withFileTypes: true })).some((e) => e.isFile());
}

/** Which tables of the target hold rows (any table of the public schema, the migrator's included). */
async function occupiedTables(db: Kysely<DB>): Promise<string[]> {
  const names = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace s on s.oid = c.relnamespace
    where s.nspname = 'public' and c.relkind = 'r'`.execute(db);
  const counts = await rowCounts(
    db,
    names.rows.map((r) => r.name),
  );
  return Object.keys(counts).filter((t) => counts[t] > 0);
}

/**
 * Restores a backup into the target database and files directory. The archive is checked in full first; a
 * target that holds data is refused unless `force`; the target is migrated to the backup's schema version, loaded
 * in one transaction whose row counts and audit chain must match the manifest before it commits, and then
 * migrated on to this version's latest schema.
 */
export async function restoreBackup(opts: RestoreOptions): Promise<RestoreSummary> {
  return restoreVerified(opts, await verifyBackup(opts.from));
}

/** The restore after `verifyBackup` (the command checks the archive before it opens, and so creates, the target). */
export async function restoreVerified(opts: RestoreOptions, manifest: BackupManifest): Promise<RestoreSummary> {
  const known = Object.keys(opts.migrations).sort();
  if (!known.includes(manifest.schemaVersion)) {
    throw new Error(
      `备份的数据库版本（${manifest.schemaVersion}）不是本程序认识的版本（最新为 ${known.at(-1)}），请用产生备份的版本或更新的版本恢复`,
    );
  }

  const occupied = await occupiedTables(opts.db);
  const hasFiles = await filesDirHasFiles(opts.filesDir);
  if ((occupied.length || hasFiles) && !opts.force) {
    const what = [
      occupied.length ? `数据库已有数据（${occupied.slice(0, 3).join('、')} 等 ${occupied.length} 张表）` : '',
      hasFiles ? `文件目录 ${opts.filesDir} 不为空` : '',
    ].filter(Boolean);
    throw new Error(`恢复目标不是空的：${what.join('；')}。如确要覆盖，请加 --force（现有数据将被删除）`);
  }
  if (opts.force) {
    if (occupied.length) {
      await clearSchema(opts.db);
    }
    if (hasFiles) await rm(opts.filesDir, { recursive: true, force: true });
  }

  const written: string[] = [];
  try {
    const migrator = new Migrator({ db: opts.db, provider: { getMigrations: async () => opts.migrations } });
    const { error } = await migrator.migrateTo(manifest.schemaVersion);
    if (error) {
      throw new Error(`恢复前建立数据库结构失败：${(error as Error).message ?? String(error)}`, { cause: error });
    }
    const loaded = await opts.db.transaction().execute(async (trx) => {
      const tables = await appTables(trx);
      const missing = manifest.tables.find((t) => !tables.some((x) => x.name === t.name));
      if (missing) throw new Error(`备份中的数据表 ${missing.name} 在目标数据库中不存在`);
      // Migrations fill code tables and defaults; the backup brings its own copy of every row.
      for (const t of [...tables].reverse()) await sql`delete from ${sql.table(t.name)}`.execute(trx);

      const byEntry = new Map(manifest.tables.flatMap((t) => t.entries.map((e) => [e, t.name] as const)));
      const byName = new Map(tables.map((t) => [t.name, t]));
      for await (const entry of checkedEntries(opts.from, manifest)) {
        const table = byEntry.get(entry.name);
        if (table) await insertRows(trx, byName.get(table)!, entry.data.toString('utf8'));
        else if (entry.name.startsWith(FILES_PREFIX)) {
          written.push(await writeFileOf(opts.filesDir, entry.name.slice(FILES_PREFIX.length), entry.data));
        }
      }
      for (const s of manifest.sequences) {
        await sql`select setval(${s.name}::regclass, ${s.lastValue}::bigint, ${s.isCalled})`.execute(trx);
      }
      const counts = await rowCounts(
        trx,
        tables.map((t) => t.name),
      );
      for (const t of manifest.tables) {
        if (counts[t.name] !== t.rows) {
          throw new Error(`数据表 ${t.name} 恢复后有 ${counts[t.name]} 行，备份清单记载 ${t.rows} 行`);
        }
      }
      const chain = await verifyAuditChain(trx);
      if (chain.checked !== manifest.auditChain.checked || (manifest.auditChain.ok && !chain.ok)) {
        throw new Error(
          `恢复后审计链校验不符：核对 ${chain.checked} 条${chain.ok ? '' : `，${chain.problems[0]?.message ?? '链断开'}`}；备份时核对 ${manifest.auditChain.checked} 条`,
        );
      }
      return { rows: manifest.tables.reduce((n, t) => n + t.rows, 0), auditChecked: chain.checked };
    });
    const upgradedBy = await migrateToLatest(opts.db as Kysely<unknown>, opts.migrations);
    return { manifest, tables: manifest.tables.length, files: written.length, upgradedBy, ...loaded };
  } catch (e) {
    for (const path of written) await rm(path, { force: true });
    // A target that was empty is left empty, so the restore can simply be run again.
    await clearSchema(opts.db).catch(() => undefined);
    throw e;
  }
}

/** Drops everything in the public schema (the product keeps all its tables there) in one transaction. */
async function clearSchema(db: Kysely<DB>): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      await sql`drop schema public cascade`.execute(trx);
      await sql`create schema public`.execute(trx);
    });
  } catch (e) {
    throw new Error(`清空目标数据库失败（须有删除并重建 public 模式的权限）：${(e as Error).message}`, { cause: e });
  }
}

async function insertRows(trx: Kysely<DB>, table: TableInfo, jsonLines: string): Promise<void> {
  const columns = sql.join(table.columns.map((c) => sql.ref(c)));
  const insert = async (rows: string[]) => {
    if (rows.length === 0) return;
    await sql`insert into ${sql.table(table.name)} (${columns})
      select ${columns} from json_populate_recordset(null::${sql.table(table.name)}, ${`[${rows.join(',')}]`}::json)`.execute(
      trx,
    );
  };
  let batch: string[] = [];
  let bytes = 0;
  for (const line of jsonLines.split('\n')) {
    if (!line) continue;
    batch.push(line);
    bytes += line.length;
    if (bytes >= INSERT_BYTES) {
      await insert(batch);
      batch = [];
      bytes = 0;
    }
  }
  await insert(batch);
}

async function writeFileOf(root: string, path: string, data: Buffer): Promise<string> {
  if (!SAFE_FILE_PATH.test(path)) throw new Error(`备份中的文件名不安全，拒绝写入：${path}`);
  const target = join(root, ...path.split('/'));
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, data, { flag: 'wx', mode: 0o600 });
  return target;
}
