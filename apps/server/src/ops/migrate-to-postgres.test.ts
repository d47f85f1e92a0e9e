import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPgDatabase, testDbKind } from '../../test/test-db';
import { MIGRATIONS } from '../modules/index';
import { verifyAuditChain } from '../platform/audit/audit.verify';
import { writeAuditAlone } from '../platform/audit/audit.writer';
import { openDatabase } from '../platform/db/database';
import { migrateToLatest } from '../platform/db/migrate';
import { LocalDiskStorage } from '../platform/storage/storage';
import { appTables, rowCounts } from './db-catalog';
import { advanceSequencesPastIds } from './sequence-check';

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

const env: NodeJS.ProcessEnv = { ...process.env };
delete env.VITEST;
delete env.DATABASE_URL;
delete env.KC_FILES_DIR;
delete env.KC_DATA_KEY;
const migrateCommand = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'apps/server/src/ops/migrate-to-postgres-command.ts', ...args], {
    cwd: ROOT,
    env,
  });

let dataDir: string;
let sourceCounts: Record<string, number>;
let sourceFiles: Record<string, string>;

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

// Needs a PostgreSQL server to migrate to: runs with the postgres project (the source is PGlite either way).
describe.runIf(testDbKind() === 'postgres')('npm run migrate-to-postgres', () => {
  beforeAll(async () => {
    // A small embedded installation: the schema with its code tables, audit rows on two chains, a job, two files.
    dataDir = await tempDir('embedded');
    const source = await openDatabase({ dataDir });
    await migrateToLatest(source.db as never, MIGRATIONS);
    const actor = { id: null, name: 'admin', ip: '127.0.0.1', requestId: 'seed-1' };
    await writeAuditAlone(source.db, actor, { action: 'param.update', regionCode: '621122', after: { value: '1' } });
    await writeAuditAlone(source.db, actor, { action: 'param.update', regionCode: '620100', after: { value: '2' } });
    await writeAuditAlone(source.db, actor, { action: 'user.create', regionCode: '621122', details: { n: 3 } });
    await source.db
      .insertInto('job')
      .values({
        type: 'report',
        title: '半年报',
        payload: null,
        result: null,
        message: null,
        created_by: null,
        region_code: '621122',
      })
      .execute();
    const storage = new LocalDiskStorage(join(dataDir, 'files'));
    await storage.put(Buffer.from('附件一：现场照片'));
    await storage.put(Buffer.alloc(3000, 7));
    sourceCounts = await rowCounts(
      source.db,
      (await appTables(source.db)).map((t) => t.name),
    );
    await source.close();
    sourceFiles = await filesOf(join(dataDir, 'files'));
  });

  it('copies every table, the audit chain and the files into an empty PostgreSQL database, and says what to change', async () => {
    const target = await createEmptyPgDatabase('kc_mig');
    cleanups.push(target.drop);
    const filesTo = join(await tempDir('pg-files'), 'files');
    const { stdout } = await migrateCommand(['--data-dir', dataDir, '--to', target.url, '--files-to', filesTo]);
    expect(stdout).toContain('迁移完成');
    expect(stdout).toMatch(/审计链：目标库核对 3 条，完好/);
    expect(stdout).toContain(`DATABASE_URL=${target.url}`);
    expect(stdout).toContain(`KC_FILES_DIR=${filesTo}`);
    expect(stdout).toContain('附件文件：2 个');

    const pg = await openDatabase({ url: target.url });
    cleanups.push(() => pg.close());
    expect(await rowCounts(pg.db, Object.keys(sourceCounts))).toEqual(sourceCounts);
    expect(sourceCounts.audit_log).toBe(3);
    expect(sourceCounts.region).toBeGreaterThan(100);
    const chain = await verifyAuditChain(pg.db);
    expect(chain).toMatchObject({ ok: true, checked: 3 });
    expect(await filesOf(filesTo)).toEqual(sourceFiles);
    // A sequence left behind its ids (as a hand copy would leave it) is moved past them.
    await sql`select setval('job_id_seq', 1, false)`.execute(pg.db);
    expect((await advanceSequencesPastIds(pg.db)).advanced).toEqual(['job_id_seq（job.id）']);
    expect((await advanceSequencesPastIds(pg.db)).advanced).toEqual([]);
    // Ids go on past the copied rows: a new job and a new audit row do not collide, and the chain still verifies.
    const job = await pg.db
      .insertInto('job')
      .values({
        type: 'report',
        title: '新任务',
        payload: null,
        result: null,
        message: null,
        created_by: null,
        region_code: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(job.id).toBeGreaterThan(1);
    await writeAuditAlone(pg.db, { id: null, name: 'admin', ip: null }, { action: 'after.move', regionCode: '621122' });
    expect(await verifyAuditChain(pg.db)).toMatchObject({ ok: true, checked: 4 });
    const kept = await sql<{ request_id: string | null }>`select request_id from audit_log order by id limit 1`.execute(
      pg.db,
    );
    expect(kept.rows[0].request_id).toBe('seed-1');
  });

  it('refuses a PostgreSQL database that is not empty, in Chinese, and changes nothing there', async () => {
    const target = await createEmptyPgDatabase('kc_mig');
    cleanups.push(target.drop);
    const pg = await openDatabase({ url: target.url });
    cleanups.push(() => pg.close());
    await sql`create table their_data (id int)`.execute(pg.db);
    await sql`insert into their_data values (1)`.execute(pg.db);
    const refused = await migrateCommand(['--data-dir', dataDir, '--to', target.url]).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('迁移失败：目标数据库不是空的') });
    expect((refused as { stderr: string }).stderr).toContain('their_data');
    const left = await sql<{ n: number }>`select count(*)::int as n from pg_tables where schemaname = 'public'`.execute(
      pg.db,
    );
    expect(left.rows[0].n).toBe(1);

    const noUrl = await migrateCommand(['--data-dir', dataDir, '--to', 'mysql://x@y/z']).catch((e: unknown) => e);
    expect(noUrl).toMatchObject({ code: 1, stderr: expect.stringContaining('--to 须为 PostgreSQL 连接地址') });
  });
});
