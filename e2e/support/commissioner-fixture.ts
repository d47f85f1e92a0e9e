/* eslint-disable no-restricted-imports -- the fixture writes into the test server's data directory before the server
   opens it, with the product's own migrations, demo seed and personal-data cipher, as the roster would have. */
import { openDatabase } from '../../apps/server/src/platform/db/database';
import { migrateToLatest } from '../../apps/server/src/platform/db/migrate';
import { personalData } from '../../apps/server/src/platform/crypto/personal-data';
import { MIGRATIONS } from '../../apps/server/src/modules/index';
import { seedDemo } from '../../apps/server/src/seed/seed-demo';

/**
 * The demo database with 赵立新 appointed and linked to the login tpy (the roster's demo seeds him; this branch's
 * fixture adds him when the roster has not).
 */
export async function withCommissioner(dataDir: string): Promise<void> {
  const { db, close } = await openDatabase({ dataDir });
  try {
    await migrateToLatest(db as never, MIGRATIONS);
    await seedDemo(db);
    const tpy = await db.selectFrom('app_user').select('id').where('username', '=', 'tpy').executeTakeFirstOrThrow();
    const linked = await db.selectFrom('commissioner').select('id').where('user_id', '=', tpy.id).executeTakeFirst();
    if (!linked) {
      await db
        .insertInto('commissioner')
        .values({
          region_code: '621122',
          user_id: tpy.id,
          name: '赵立新',
          gender: '男',
          birth_date: '1976-05-12',
          id_number_sealed: personalData().seal('621122197605120018'),
          id_number_digest: personalData().digest('621122197605120018'),
          title_level: '副高',
          unit_name: '陇西县农业技术推广中心',
          unit_kind: '事业单位',
          level: 'county',
          batch: '第一批',
          term_start: '2022-01-01',
          term_end: '2027-12-31',
          status: 'appointed',
          appointed_on: '2022-01-01',
          created_by: null,
          updated_by: null,
        })
        .execute();
    }
  } finally {
    await close();
  }
}
