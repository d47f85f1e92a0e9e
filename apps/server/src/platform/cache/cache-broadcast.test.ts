import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase, secondInstanceDb, testDbKind } from '../../../test/test-db';
import type { Database } from '../db/database';
import { getParams } from '../params/params.repository';
import { announceInvalidation, applyInvalidation, listenForInvalidations, type CacheListener } from './cache-broadcast';

const KEY = 'system.import_max_rows';

describe('cache invalidation messages', () => {
  it('acts only on a known kind', () => {
    expect(applyInvalidation('params:*')).toBe(true);
    expect(applyInvalidation('session:*')).toBe(true);
    expect(applyInvalidation('weather:*')).toBe(false);
    expect(applyInvalidation('params')).toBe(false);
    expect(applyInvalidation(undefined)).toBe(false);
  });
});

describe.skipIf(testDbKind() !== 'postgres')('the listener on PostgreSQL', () => {
  let here: Database & { url: string | null };
  let elsewhere: Database;
  let listener: CacheListener;
  beforeAll(async () => {
    here = await openTestDatabase();
    elsewhere = await secondInstanceDb(here);
    listener = await listenForInvalidations(here.url!, { retryMs: 20 });
  });
  afterAll(async () => {
    await listener?.close();
    await elsewhere?.close();
    await here?.close();
  });

  /** Changes the parameter behind the cache's back, as another instance's write would. */
  const setDirectly = (value: string) =>
    elsewhere.db.updateTable('sys_param').set({ value }).where('key', '=', KEY).execute();
  const cached = async () => (await getParams(here.db)).get(KEY);

  it('drops the cache on a lost connection (it may have missed a message), then listens again', async () => {
    await setDirectly('20000');
    await getParams(here.db);
    await setDirectly('20001');
    expect(await cached()).toBe('20000'); // cached

    await sql`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and query ilike 'listen kc_cache%'`.execute(elsewhere.db);
    await vi.waitFor(async () => expect(await cached()).toBe('20001'), { timeout: 2_000, interval: 20 });

    // Reconnected: a change announced by another instance arrives again.
    await vi.waitFor(
      async () => {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and query ilike 'listen kc_cache%'`.execute(elsewhere.db);
        expect(rows[0].n).toBe(1);
      },
      { timeout: 2_000, interval: 20 },
    );
    await setDirectly('20002');
    expect(await cached()).toBe('20001');
    await announceInvalidation(elsewhere.db, 'params');
    await vi.waitFor(async () => expect(await cached()).toBe('20002'), { timeout: 1_000, interval: 20 });
  });

  it('sends from a transaction only when it commits', async () => {
    const heard: string[] = [];
    const client = new pg.Client({ connectionString: here.url! });
    await client.connect();
    try {
      client.on('notification', (n) => heard.push(n.payload ?? ''));
      await client.query('listen kc_cache');
      await expect(
        elsewhere.db.transaction().execute(async (trx) => {
          await announceInvalidation(trx, 'params', 'rolled-back');
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await elsewhere.db.transaction().execute((trx) => announceInvalidation(trx, 'params', 'committed'));
      // Notifications arrive in commit order: once the committed one is here, a rolled-back one would have been too.
      await vi.waitFor(() => expect(heard).toContain('params:committed'), { timeout: 1_000, interval: 20 });
      expect(heard).toEqual(['params:committed']);
    } finally {
      await client.end();
    }
  });
});
