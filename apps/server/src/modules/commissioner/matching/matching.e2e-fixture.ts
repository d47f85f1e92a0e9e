// The browser test's database for commissioner matching (e2e/commissioner-matching.test.ts), run as a child process
// (e2e code imports no server code): the demo data in a PGlite directory plus three appointed commissioners, the first
// linked to the demo account tpy — the roster's own screens are another branch's work.
//   node --import tsx apps/server/src/modules/commissioner/matching/matching.e2e-fixture.ts <data-dir>
import { openDatabase } from '../../../platform/db/database';
import { migrateToLatest } from '../../../platform/db/migrate';
import { seedDemo } from '../../../seed/seed-demo';
import { MIGRATIONS } from '../../index';
import { insertCommissioner } from './matching.test-support';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: matching.e2e-fixture.ts <data-dir>');
const database = await openDatabase({ dataDir });
try {
  await migrateToLatest(database.db as never, MIGRATIONS);
  await seedDemo(database.db);
  const tpy = await database.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'tpy')
    .executeTakeFirstOrThrow();
  const base = { regionCode: '621122', field: '农产品加工' };
  await insertCommissioner(database.db, {
    ...base,
    name: '赵特派',
    speciality: '淀粉加工、废水处理',
    userId: tpy.id,
    idNumber: '621122198005011011',
  });
  await insertCommissioner(database.db, {
    ...base,
    name: '钱特派',
    speciality: '薯条加工',
    idNumber: '621122198005011022',
  });
  await insertCommissioner(database.db, {
    ...base,
    name: '孙特派',
    field: '畜牧养殖',
    speciality: '肉牛养殖',
    idNumber: '621122198005011033',
  });
} finally {
  await database.close();
}
