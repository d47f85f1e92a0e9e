import { mkdir, writeFile } from 'node:fs/promises';
import { openDatabase } from '../src/platform/db/database';
import { migrateToLatest } from '../src/platform/db/migrate';
import { seedDemo } from '../src/seed/seed-demo';
import { PG_TEMPLATE_DB, PGLITE_TEMPLATE, TEST_TMP, pgAdmin, pgUrlFor } from './test-db';

/** Builds the migrated, seeded template once per run; each test file copies it. */
export async function buildTemplate(kind: 'pglite' | 'postgres'): Promise<void> {
  await mkdir(TEST_TMP, { recursive: true });
  if (kind === 'postgres') {
    await pgAdmin(`drop database if exists ${PG_TEMPLATE_DB} with (force)`);
    await pgAdmin(`create database ${PG_TEMPLATE_DB}`);
    const database = await openDatabase({ url: pgUrlFor(PG_TEMPLATE_DB) });
    await migrateToLatest(database.db as never);
    await seedDemo(database.db);
    await database.close();
    // Proof for .ci/run that the PostgreSQL suite really ran (it must not be skipped silently).
    await writeFile(`${TEST_TMP}/postgres-suite.json`, JSON.stringify({ at: new Date().toISOString(), database: PG_TEMPLATE_DB }));
    return;
  }
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrateToLatest(database.db as never);
  await seedDemo(database.db);
  await writeFile(PGLITE_TEMPLATE, new Uint8Array(await (await database.dump!()).arrayBuffer()));
  await database.close();
}
