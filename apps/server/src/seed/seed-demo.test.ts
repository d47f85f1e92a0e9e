import { afterAll, describe, expect, it } from 'vitest';
import { openEmptyDatabase } from '../../test/test-db';
import { MIGRATIONS, MODULES } from '../modules/index';
import type { Database } from '../platform/db/database';
import { migrateToLatest } from '../platform/db/migrate';
import { defineModule } from '../platform/module-kit/module';
import { seedDemo } from './seed-demo';

let database: Database | null = null;
afterAll(async () => {
  await database?.close();
});

describe('the demo seed', () => {
  it('loads each module’s own demo data through its manifest, once, in the demo transaction', async () => {
    database = await openEmptyDatabase('kc_seed_hook');
    await migrateToLatest(database.db as never, MIGRATIONS);
    const probe = defineModule({
      name: 'probe',
      routes: async () => {},
      seedDemo: async (trx) => {
        await trx
          .insertInto('dict_type')
          .values({ code: 'probe_kind', name: '示例模块的演示字典', remark: null, updated_by: null })
          .execute();
      },
    });
    expect(await seedDemo(database.db, [...MODULES, probe])).toBe(true);
    const kinds = await database.db.selectFrom('dict_type').select('name').where('code', '=', 'probe_kind').execute();
    expect(kinds).toEqual([{ name: '示例模块的演示字典' }]);
    expect(await seedDemo(database.db, [...MODULES, probe])).toBe(false);
  }, 120_000);
});
