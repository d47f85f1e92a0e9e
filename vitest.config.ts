import { defineConfig } from 'vitest/config';

// API tests run twice: on embedded PGlite always, and on a real PostgreSQL when KC_TEST_PG_URL is set
// (.ci/run sets it and fails if that suite did not run).
const pgUrl = process.env.KC_TEST_PG_URL;

const serverProject = (name: string, db: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name,
    include: ['apps/server/**/*.test.ts'],
    // Each back end with the file storage a deployment on it gets by default (platform/storage/storage.ts).
    env: { KC_TEST_DB: db, KC_FILE_STORAGE: db === 'postgres' ? 'database' : 'disk' },
    globalSetup: [`apps/server/test/global-setup-${db}.ts`],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'domain', include: ['packages/domain/**/*.test.ts'] } },
      serverProject('server-pglite', 'pglite'),
      ...(pgUrl ? [serverProject('server-postgres', 'postgres')] : []),
      // The benchmark itself is not a test; this only checks that its harness and generator still run.
      {
        extends: true,
        test: { name: 'bench', include: ['bench/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
