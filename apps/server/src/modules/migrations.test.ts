import { Migrator, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmptyDatabase } from '../../test/test-db';
import type { Database } from '../platform/db/database';
import { migrateToLatest } from '../platform/db/migrate';
import { MIGRATIONS } from './index';

let database: Database | null = null;
afterAll(async () => {
  await database?.close();
});

describe('migrations', () => {
  it('upgrades a database made by the first release to the latest schema, keeping its data', async () => {
    database = await openEmptyDatabase('kc_upgrade');
    const db = database.db as unknown as Kysely<unknown>;
    const names = Object.keys(MIGRATIONS);
    const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
    // The first release shipped the platform core only.
    const first = await migrator.migrateTo('20261125-0110-base-data');
    expect(first.error).toBeUndefined();
    await database.db
      .insertInto('app_user')
      .values({
        username: 'old_user',
        display_name: '老用户',
        password_hash: 'x',
        region_code: '621122',
        created_by: null,
        updated_by: null,
      })
      .execute();
    const applied = await migrateToLatest(db, MIGRATIONS);
    expect(applied).toEqual(names.slice(names.indexOf('20261125-0110-base-data') + 1));
    const user = await database.db
      .selectFrom('app_user')
      .select(['display_name'])
      .where('username', '=', 'old_user')
      .executeTakeFirstOrThrow();
    expect(user.display_name).toBe('老用户');
    // Running again is a no-op: migrations are forward-only and recorded.
    expect(await migrateToLatest(db, MIGRATIONS)).toEqual([]);
    const staff = await database.db
      .selectFrom('role')
      .select('permissions')
      .where('code', '=', 'staff')
      .executeTakeFirstOrThrow();
    expect(staff.permissions).toEqual(expect.arrayContaining(['enterprise:read']));
    // The holiday table arrives seeded with 2022–2026, and the system admin may edit it.
    const years = await database.db.selectFrom('holiday_arrangement').select('year').orderBy('year').execute();
    expect(years.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    const sysadmin = await database.db
      .selectFrom('role')
      .select('permissions')
      .where('code', '=', 'sysadmin')
      .executeTakeFirstOrThrow();
    expect(sysadmin.permissions).toEqual(expect.arrayContaining(['system:holiday:manage']));
  });
});
