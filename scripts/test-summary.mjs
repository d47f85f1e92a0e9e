// Reads Vitest's JSON report and prints the closing line CI reads: 'N passed, N failed, N skipped'.
// With KC_REQUIRE_PG=1 it fails unless the PostgreSQL API suite actually ran and passed.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2];
if (!existsSync(file)) {
  console.log('0 passed, 1 failed');
  console.error('no test report was written');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
// A file that fails to load has no failed test but is a failure all the same.
const failed = (report.numFailedTests ?? 0) + (report.numFailedTests ? 0 : (report.numFailedTestSuites ?? 0));
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
let ok = report.success === true && failed === 0;

if (process.env.KC_REQUIRE_PG === '1') {
  const marker = '.test-tmp/postgres-suite.json';
  const pg = existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')) : null;
  const fresh = pg && Date.parse(pg.at) >= report.startTime - 60_000;
  if (!fresh) {
    console.error('The PostgreSQL suite did not run (KC_TEST_PG_URL set, but no template was built): failing.');
    ok = false;
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
