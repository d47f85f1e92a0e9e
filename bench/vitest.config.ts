import { defineConfig } from 'vitest/config';

// Runs the bench smoke test on its own: npx vitest run -c bench/vitest.config.ts
// (the root vitest.config.ts should carry the same as a 'bench' project).
export default defineConfig({
  test: { root: import.meta.dirname + '/..', include: ['bench/**/*.test.ts'], pool: 'forks', testTimeout: 240_000, hookTimeout: 120_000 },
});
