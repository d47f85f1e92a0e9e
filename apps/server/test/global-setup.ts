import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { openDatabase } from '../src/platform/db/database';
import { MIGRATIONS, MODULES } from '../src/modules/index';
import { migrateToLatest } from '../src/platform/db/migrate';
import { seedDemo } from '../src/seed/seed-demo';
import { rename } from 'node:fs/promises';
import { PG_TEMPLATE_DB, TEST_TMP, pgAdmin, pgUrlFor } from './test-db';

/**
 * Builds the migrated, seeded template once per run (the demo as recorded, 2022 H1: tests count its records; the
 * county living on until today is tested in seed/seed-demo-lives.test.ts); each test file copies it. The PGlite dump gets a
 * name of its own per run (written then renamed), so concurrent runs never read each other's half-written file.
 */
export async function buildTemplate(kind: 'pglite' | 'postgres'): Promise<string> {
  await mkdir(TEST_TMP, { recursive: true });
  // The demo's sealed personal data must open in the test workers: one key for the run, inherited by the forks
  // (without it each process would make its own, platform/crypto/personal-data.ts).
  process.env.KC_DATA_KEY ??= randomBytes(32).toString('base64');
  if (kind === 'postgres') {
    await pgAdmin(`drop database if exists ${PG_TEMPLATE_DB} with (force)`);
    await pgAdmin(`create database ${PG_TEMPLATE_DB}`);
    const database = await openDatabase({ url: pgUrlFor(PG_TEMPLATE_DB) });
    await migrateToLatest(database.db as never, MIGRATIONS);
    // The demo's files go where a PostgreSQL deployment keeps them, the database, so each test file's copy has them
    // (on disk they would be in this process's temporary directory, which no test worker reads).
    const storage = process.env.KC_FILE_STORAGE;
    process.env.KC_FILE_STORAGE = 'database';
    try {
      await seedDemo(database.db, MODULES, null);
    } finally {
      if (storage === undefined) delete process.env.KC_FILE_STORAGE;
      else process.env.KC_FILE_STORAGE = storage;
    }
    await database.close();
    // Proof for .ci/run that the PostgreSQL suite really ran (it must not be skipped silently).
    await writeFile(
      `${TEST_TMP}/postgres-suite.json`,
      JSON.stringify({ at: new Date().toISOString(), database: PG_TEMPLATE_DB }),
    );
    return PG_TEMPLATE_DB;
  }
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrateToLatest(database.db as never, MIGRATIONS);
  await seedDemo(database.db, MODULES, null);
  const file = `${TEST_TMP}/pglite-template-${process.pid}-${Date.now()}.tgz`;
  await writeFile(`${file}.part`, new Uint8Array(await (await database.dump!()).arrayBuffer()));
  await rename(`${file}.part`, file);
  await database.close();
  return file;
}
