import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPgDatabase, openTestDatabase, testDbKind } from '../../test/test-db';
import { MIGRATIONS } from '../modules/index';
import { verifyAuditChain } from '../platform/audit/audit.verify';
import { openDatabase, type Database } from '../platform/db/database';
import type { DB } from '../platform/db/schema';
import { DatabaseStorage } from '../platform/storage/database-storage';
import { LocalDiskStorage } from '../platform/storage/storage';
import { MANIFEST_NAME, type BackupManifest } from './backup-manifest';
import { createBackup } from './create-backup';
import { appTables, rowCounts, sequenceStates } from './db-catalog';
import { restoreBackup } from './restore-backup';
import { readTarGz, TarGzWriter } from './tar-archive';

const ROOT = resolve(import.meta.dirname, '../../../..');
const run = promisify(execFile);
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});
const tempDir = async (name: string) => {
  const dir = await mkdtemp(join(tmpdir(), `kc-${name}-`));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
};

/** Each application table's row count and a digest of its rows in key order, read the same way on both sides. */
async function tableDigests(db: Kysely<DB>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  await db.transaction().execute(async (trx) => {
    await sql`set local timezone = 'UTC'`.execute(trx);
    for (const t of await appTables(trx)) {
      const order = t.orderBy ? sql`order by ${sql.ref(t.orderBy)}` : sql`order by row_to_json(x)::text`;
      const r = await sql<{ n: number; d: string | null }>`
        select count(*)::int as n, md5(string_agg(row_to_json(x)::text, '\n' ${order})) as d
        from ${sql.table(t.name)} x`.execute(trx);
      out[t.name] = `${r.rows[0].n}:${r.rows[0].d}`;
    }
  });
  return out;
}

async function filesOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) {
      out[join(e.parentPath, e.name).slice(dir.length)] = (await readFile(join(e.parentPath, e.name))).toString(
        'base64',
      );
    }
  }
  return out;
}

let source: Database;
let sourceFiles: string;
let archive: string;
let manifest: BackupManifest;
let sourceDigests: Record<string, string>;
/** A file kept in the database (KC_FILE_STORAGE=database), with bytes of every value, that the backup must carry. */
const DB_FILE = Buffer.from([...Array(256).keys(), ...Buffer.from('附件二：数据库中的文件')]);
let dbFileKey: string;

beforeAll(async () => {
  source = await openTestDatabase();
  cleanups.push(() => source.close());
  sourceFiles = await tempDir('files');
  const storage = new LocalDiskStorage(sourceFiles);
  await storage.put(Buffer.from('附件一：现场照片'));
  await storage.put(Buffer.alloc(3000, 7));
  dbFileKey = await new DatabaseStorage(source.db).put(DB_FILE);
  archive = join(await tempDir('archive'), 'kechuang.tar.gz');
  manifest = await createBackup({
    db: source.db,
    backEnd: source.kind,
    filesDir: sourceFiles,
    out: archive,
    productVersion: 'test',
  });
  sourceDigests = await tableDigests(source.db);
});

/** A new empty target of each kind that this run can reach: PGlite always, PostgreSQL on the postgres project. */
async function emptyTargets(): Promise<{ name: string; open: () => Promise<Database> }[]> {
  const pgliteDir = await tempDir('pglite');
  const targets = [{ name: 'PGlite', open: () => openDatabase({ dataDir: pgliteDir }) }];
  if (testDbKind() === 'postgres') {
    const empty = await createEmptyPgDatabase('kc_restore');
    cleanups.push(empty.drop);
    targets.push({ name: 'PostgreSQL', open: () => openDatabase({ url: empty.url }) });
  }
  return targets;
}

describe('backup and restore', () => {
  it('backs up the demo: every table with its rows, the files and the audit chain in the manifest', async () => {
    const counts = await rowCounts(
      source.db,
      (await appTables(source.db)).map((t) => t.name),
    );
    expect(manifest.tables.map((t) => t.name).sort()).toEqual(Object.keys(counts).sort());
    for (const t of manifest.tables) expect(t.rows, t.name).toBe(counts[t.name]);
    expect(counts.audit_log).toBeGreaterThan(0);
    expect(manifest.auditChain).toEqual({ ok: true, checked: counts.audit_log });
    expect(manifest.schemaVersion).toBe(Object.keys(MIGRATIONS).sort().at(-1));
    expect(manifest.entries.filter((e) => e.name.startsWith('files/'))).toHaveLength(2);
    expect(manifest.entries.every((e) => /^[0-9a-f]{64}$/.test(e.sha256))).toBe(true);
  });

  it('restores into an empty database elsewhere: same rows in every table, same sequences, same files, whole chain', async () => {
    for (const target of await emptyTargets()) {
      const db = await target.open();
      cleanups.push(() => db.close());
      const filesDir = await tempDir('restored-files');
      const summary = await restoreBackup({ from: archive, db: db.db, filesDir, migrations: MIGRATIONS, force: false });
      expect(summary.files, target.name).toBe(2);
      expect(await tableDigests(db.db), target.name).toEqual(sourceDigests);
      expect(await sequenceStates(db.db), target.name).toEqual(manifest.sequences);
      const chain = await verifyAuditChain(db.db);
      expect(chain.ok, target.name).toBe(true);
      expect(chain.checked).toBe(manifest.auditChain.checked);
      expect(await filesOf(filesDir)).toEqual(await filesOf(sourceFiles));
      expect(await new DatabaseStorage(db.db).get(dbFileKey), target.name).toEqual(DB_FILE);

      // The restored database is now in use: a second restore is refused unless told, then replaces it.
      await expect(
        restoreBackup({ from: archive, db: db.db, filesDir, migrations: MIGRATIONS, force: false }),
      ).rejects.toThrow(/恢复目标不是空的.*--force/);
      await sql`delete from user_session`.execute(db.db);
      await restoreBackup({ from: archive, db: db.db, filesDir, migrations: MIGRATIONS, force: true });
      expect(await tableDigests(db.db), target.name).toEqual(sourceDigests);
    }
  });

  it("refuses to back up a database that is not the product's, or over an existing file, leaving no file behind", async () => {
    const empty = await openDatabase({ dataDir: 'memory://' });
    cleanups.push(() => empty.close());
    const out = join(await tempDir('nothing'), 'nothing.tar.gz');
    await expect(
      createBackup({ db: empty.db, backEnd: 'pglite', filesDir: sourceFiles, out, productVersion: 'test' }),
    ).rejects.toThrow('数据库中没有本系统的数据');
    expect(existsSync(out) || existsSync(`${out}.partial`)).toBe(false);
    await expect(
      createBackup({ db: source.db, backEnd: source.kind, filesDir: sourceFiles, out: archive, productVersion: 'x' }),
    ).rejects.toThrow('已存在');
  });

  it('refuses an archive with one byte changed, before writing anything', async () => {
    const bytes = await readFile(archive);
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    const tampered = join(await tempDir('tampered'), 'tampered.tar.gz');
    await writeFile(tampered, bytes);
    const db = await openDatabase({ dataDir: 'memory://' });
    cleanups.push(() => db.close());
    const filesDir = await tempDir('untouched');
    await expect(
      restoreBackup({ from: tampered, db: db.db, filesDir, migrations: MIGRATIONS, force: false }),
    ).rejects.toThrow(/备份文件已损坏|校验和与清单不符/);
    expect(await appTables(db.db)).toEqual([]);
    expect(await readdir(filesDir)).toEqual([]);
  });

  it('refuses an archive whose data was changed and repacked, naming the entry', async () => {
    const repacked = join(await tempDir('repacked'), 'repacked.tar.gz');
    const writer = new TarGzWriter(repacked);
    for await (const entry of readTarGz(archive)) {
      const data =
        entry.name === 'db/enterprise/00001.jsonl' ? Buffer.from(entry.data.toString().replace('1', '2')) : entry.data;
      await writer.add(entry.name, data);
    }
    await writer.close();
    const db = await openDatabase({ dataDir: 'memory://' });
    cleanups.push(() => db.close());
    await expect(
      restoreBackup({
        from: repacked,
        db: db.db,
        filesDir: await tempDir('untouched'),
        migrations: MIGRATIONS,
        force: false,
      }),
    ).rejects.toThrow('备份条目 db/enterprise/00001.jsonl 的校验和与清单不符');
    expect(await appTables(db.db)).toEqual([]);
  });

  it('leaves an empty target empty when a load does not match its manifest, so it can be run again', async () => {
    const wrong = join(await tempDir('wrong-count'), 'wrong.tar.gz');
    const writer = new TarGzWriter(wrong);
    for await (const entry of readTarGz(archive)) {
      if (entry.name !== MANIFEST_NAME) await writer.add(entry.name, entry.data);
    }
    const claimed = structuredClone(manifest);
    claimed.tables.find((t) => t.name === 'enterprise')!.rows += 1;
    await writer.add(MANIFEST_NAME, Buffer.from(JSON.stringify(claimed)));
    await writer.close();
    const db = await openDatabase({ dataDir: 'memory://' });
    cleanups.push(() => db.close());
    const filesDir = await tempDir('wrong-files');
    const attempt = { db: db.db, filesDir, migrations: MIGRATIONS, force: false };
    await expect(restoreBackup({ ...attempt, from: wrong })).rejects.toThrow(
      /数据表 enterprise 恢复后有 \d+ 行，备份清单记载/,
    );
    expect(await appTables(db.db)).toEqual([]);
    expect(await filesOf(filesDir)).toEqual({});
    await restoreBackup({ ...attempt, from: archive });
    expect(await tableDigests(db.db)).toEqual(sourceDigests);
  });

  it('restores a backup of an older version at its schema, then migrates it to the current one', async () => {
    const names = Object.keys(MIGRATIONS).sort();
    const older = names.at(-4)!;
    const old = await openDatabase({ dataDir: 'memory://' });
    cleanups.push(() => old.close());
    const migrated = await new Migrator({
      db: old.db,
      provider: { getMigrations: async () => MIGRATIONS },
    }).migrateTo(older);
    expect(migrated.error).toBeUndefined();
    const oldArchive = join(await tempDir('old-archive'), 'old.tar.gz');
    const oldManifest = await createBackup({
      db: old.db,
      backEnd: 'pglite',
      filesDir: await tempDir('no-files'),
      out: oldArchive,
      productVersion: 'old',
    });
    expect(oldManifest.schemaVersion).toBe(older);

    const db = await openDatabase({ dataDir: 'memory://' });
    cleanups.push(() => db.close());
    const summary = await restoreBackup({
      from: oldArchive,
      db: db.db,
      filesDir: await tempDir('old-files'),
      migrations: MIGRATIONS,
      force: false,
    });
    expect(summary.upgradedBy).toEqual(names.slice(-3));
    const region = oldManifest.tables.find((t) => t.name === 'region')!;
    expect((await rowCounts(db.db, ['region'])).region).toBe(region.rows);
  });

  it('runs as npm scripts: backup of a data directory, restore into another, Chinese errors with exit code 1', async () => {
    // A PGlite data directory to back up: the archive restored into it.
    const dataDir = await tempDir('cli-source');
    const seeded = await openDatabase({ dataDir });
    await restoreBackup({
      from: archive,
      db: seeded.db,
      filesDir: join(dataDir, 'files'),
      migrations: MIGRATIONS,
      force: false,
    });
    await seeded.close();

    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.VITEST;
    delete env.DATABASE_URL;
    delete env.KC_FILES_DIR;
    const tsx = (script: string, args: string[]) =>
      run(process.execPath, ['--import', 'tsx', `apps/server/src/ops/${script}`, ...args], { cwd: ROOT, env });
    const out = join(await tempDir('cli-archive'), 'cli.tar.gz');
    const backup = await tsx('backup-command.ts', ['--out', out, '--data-dir', dataDir]);
    expect(backup.stdout).toContain('备份完成');
    expect(backup.stdout).toContain(`${manifest.auditChain.checked} 条，完好`);

    const target = await tempDir('cli-target');
    const restore = await tsx('restore-command.ts', ['--from', out, '--data-dir', target]);
    expect(restore.stdout).toContain('恢复完成');
    expect(restore.stdout).toContain('附件文件：2 个');
    const again = await tsx('restore-command.ts', ['--from', out, '--data-dir', target]).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('恢复失败：恢复目标不是空的') });

    const restored = await openDatabase({ dataDir: target });
    cleanups.push(() => restored.close());
    expect(await tableDigests(restored.db)).toEqual(sourceDigests);
    const missing = await tsx('restore-command.ts', [
      '--from',
      join(target, 'none.tar.gz'),
      '--data-dir',
      target,
    ]).catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('恢复失败：找不到备份文件') });
    expect(MANIFEST_NAME).toBe('manifest.json');
  });
});
