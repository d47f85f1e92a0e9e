import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely, type Migration } from 'kysely';
import { verifyAuditChain } from '../platform/audit/audit.verify';
import type { DB } from '../platform/db/schema';
import { createBackup } from './create-backup';
import { appTables, rowCounts } from './db-catalog';
import { verifyBackup } from './read-backup';
import { restoreVerified } from './restore-backup';
import { advanceSequencesPastIds } from './sequence-check';

export interface MigrateToPostgresOptions {
  /** The embedded (PGlite) installation's database, opened by this process alone. */
  source: Kysely<DB>;
  /** The PostgreSQL database to fill: it must be empty. */
  target: Kysely<DB>;
  /** Where the embedded installation keeps its uploaded files. */
  sourceFilesDir: string;
  /** Where the PostgreSQL installation will keep them (an empty or new directory); null keeps them where they are. */
  targetFilesDir: string | null;
  migrations: Record<string, Migration>;
  productVersion: string;
}

export interface MigrateToPostgresSummary {
  tables: number;
  rows: number;
  /** Tables whose row counts were compared source against target, all equal. */
  comparedTables: number;
  auditChecked: number;
  files: number;
  sequences: number;
  /** Sequences that stood at or below their column's largest id and were moved past it. */
  sequencesAdvanced: string[];
}

async function hasFiles(dir: string): Promise<boolean> {
  return existsSync(dir) && (await readdir(dir, { recursive: true, withFileTypes: true })).some((e) => e.isFile());
}

/** The tables (and views, sequences) the target already has: a migration only fills an empty database. */
async function existingRelations(db: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace s on s.oid = c.relnamespace
    where s.nspname = 'public' and c.relkind in ('r', 'v', 'm', 'p') order by 1`.execute(db);
  return rows.map((r) => r.name);
}

/**
 * Copies an embedded installation into an empty PostgreSQL database through the backup format: a backup of the
 * source in a private temporary directory, restored into the target (which checks every entry, the row counts and
 * the audit chain before it commits). Then checks again from outside the restore: every table's row count against
 * the source, the audit chain on the target, and every sequence past its column's largest id.
 */
export async function migrateToPostgres(opts: MigrateToPostgresOptions): Promise<MigrateToPostgresSummary> {
  const present = await existingRelations(opts.target);
  if (present.length) {
    throw new Error(
      `目标数据库不是空的：已有 ${present.length} 张表（${present.slice(0, 3).join('、')}${present.length > 3 ? ' 等' : ''}）。` +
        '迁移只写入新建的空 PostgreSQL 数据库，不会覆盖已有数据；请新建一个空库（如 CREATE DATABASE kechuang）后用 --to 指向它',
    );
  }
  if (opts.targetFilesDir && (await hasFiles(opts.targetFilesDir))) {
    throw new Error(`附件目标目录 ${opts.targetFilesDir} 不是空的：请用 --files-to 指定一个新目录或空目录`);
  }
  const work = await mkdtemp(join(tmpdir(), 'kc-migrate-'));
  try {
    // Files that stay where they are are not put in the archive at all.
    const filesIn = opts.targetFilesDir ? opts.sourceFilesDir : join(work, 'no-files');
    const archive = join(work, 'migration.tar.gz');
    await createBackup({
      db: opts.source,
      backEnd: 'pglite',
      filesDir: filesIn,
      out: archive,
      productVersion: opts.productVersion,
    });
    const manifest = await verifyBackup(archive);
    const restored = await restoreVerified(
      {
        from: archive,
        db: opts.target,
        filesDir: opts.targetFilesDir ?? join(work, 'unused-files'),
        migrations: opts.migrations,
        force: false,
      },
      manifest,
    );
    const compared = await compareRowCounts(opts.source, opts.target);
    const chain = await verifyAuditChain(opts.target);
    if (!chain.ok || chain.checked !== manifest.auditChain.checked) {
      throw new Error(
        `目标库审计链校验未通过：核对 ${chain.checked} 条（源库 ${manifest.auditChain.checked} 条）${chain.problems[0] ? `，${chain.problems[0].message}` : ''}`,
      );
    }
    const sequences = await advanceSequencesPastIds(opts.target);
    return {
      tables: restored.tables,
      rows: restored.rows,
      comparedTables: compared,
      auditChecked: chain.checked,
      files: restored.files,
      sequences: sequences.checked,
      sequencesAdvanced: sequences.advanced,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Every application table's row count on the target equals the source's; answers how many tables were compared. */
async function compareRowCounts(source: Kysely<DB>, target: Kysely<DB>): Promise<number> {
  const tables = (await appTables(source)).map((t) => t.name);
  const [from, to] = [await rowCounts(source, tables), await rowCounts(target, tables)];
  const differing = tables.filter((t) => from[t] !== to[t]);
  if (differing.length) {
    const t = differing[0];
    throw new Error(
      `迁移后行数不一致：数据表 ${t} 源库 ${from[t]} 行，目标库 ${to[t]} 行（共 ${differing.length} 张表不一致）`,
    );
  }
  return tables.length;
}
