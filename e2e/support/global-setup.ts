/* eslint-disable no-restricted-imports -- the suite's demo database is made with the product's own migrations and
   demo seed, as the server would make it on its first start. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../apps/server/src/platform/db/database';
import { migrateToLatest } from '../../apps/server/src/platform/db/migrate';
import { MIGRATIONS, MODULES } from '../../apps/server/src/modules/index';
import { seedDemo } from '../../apps/server/src/seed/seed-demo';

/**
 * Seeds the demo as recorded (2022 H1) once for the browser suite, into a PGlite data directory each test server
 * starts from a copy of (support/server.ts): seeding it for every file cost each file several seconds. The key that
 * seals its personal data is set here, before the test processes start, so they and their servers open it.
 */
export default async function setup(): Promise<() => void> {
  process.env.KC_DATA_KEY ??= randomBytes(32).toString('base64');
  const dataDir = mkdtempSync(join(tmpdir(), 'kc-e2e-demo-'));
  const { db, close } = await openDatabase({ dataDir });
  try {
    await migrateToLatest(db as never, MIGRATIONS);
    await seedDemo(db, MODULES, null);
  } finally {
    await close();
  }
  process.env.KC_E2E_DEMO_DIR = dataDir;
  return () => rmSync(dataDir, { recursive: true, force: true });
}
