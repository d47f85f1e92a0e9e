import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase, pgliteStartParams } from './database';

// PGlite only: the setting is about the database that runs inside the server process.
describe('PGlite memory settings', () => {
  it('opens PGlite with 32 MB of shared buffers and keeps the data directory’s own time zone', async () => {
    const database = await openDatabase({ dataDir: 'memory://' });
    try {
      const { rows } = await sql<{ shared_buffers: string }>`show shared_buffers`.execute(database.db);
      expect(rows[0].shared_buffers).toBe('32MB');
      const tz = await sql<{ TimeZone: string }>`show timezone`.execute(database.db);
      expect(tz.rows[0].TimeZone).toBe('UTC');
    } finally {
      await database.close();
    }
  });

  it('takes KC_PGLITE_SHARED_BUFFERS and adds it after PGlite’s own start parameters', () => {
    expect(pgliteStartParams(['--single'], { KC_PGLITE_SHARED_BUFFERS: '64MB' })).toEqual([
      '--single',
      '-c',
      'shared_buffers=64MB',
    ]);
  });

  it('refuses a value without a unit, naming the variable', () => {
    expect(() => pgliteStartParams([], { KC_PGLITE_SHARED_BUFFERS: '64' })).toThrow(
      /KC_PGLITE_SHARED_BUFFERS 的值“64”无效/,
    );
  });
});
