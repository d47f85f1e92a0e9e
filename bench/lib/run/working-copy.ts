import { cpSync, rmSync } from 'node:fs';
import pg from 'pg';
import type { Target } from '../scales';

/** A copy of the generated data that one run measures and then drops. */
export interface WorkingCopy {
  target: Target;
  drop(): Promise<void>;
}

/**
 * Each run measures a fresh copy of the generated dataset. The runs write: (d) and (e) add audit and timeline
 * rows, (g) adds 20,000 enterprises to the import county (10,000 by each side). Measured in place, every run
 * measured bigger data than the last — the county's register grew from 1,250 to 21,250 enterprises in one run,
 * and on PGlite the baseline's (a) ran after the product's import (bench/FINDINGS.md F13).
 * PostgreSQL: `create database … template …` (file copy); PGlite: a copy of the data directory.
 */
export async function workingCopy(source: Target): Promise<WorkingCopy> {
  if (source.kind === 'pglite') {
    const dataDir = `${source.dataDir.replace(/\/+$/, '')}-run`;
    rmSync(dataDir, { recursive: true, force: true });
    cpSync(source.dataDir, dataDir, { recursive: true });
    return { target: { kind: 'pglite', dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const url = new URL(source.url);
  const from = url.pathname.replace(/^\//, '');
  const name = `${from}_run`;
  if (!/^[a-z_][a-z0-9_]*$/.test(from)) throw new Error(`unexpected database name "${from}"`);
  const admin = async (sql: string) => {
    const u = new URL(source.url);
    u.pathname = '/postgres';
    const c = new pg.Client({ connectionString: u.toString() });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`drop database if exists ${name} with (force)`);
  // FILE_COPY copies the files instead of WAL-logging every block: seconds rather than minutes for 1.6 GB.
  await admin(`create database ${name} template ${from} strategy file_copy`);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}
