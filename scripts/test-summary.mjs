// Reads Vitest's JSON report and prints the closing line CI reads: 'N passed, N failed, N skipped'.
// With KC_REQUIRE_PG=1 it fails unless the PostgreSQL API suite actually ran and passed.
import { existsSync, readFileSync } from 'node:fs';

const files = process.argv.slice(2);
const missing = files.filter((f) => !existsSync(f));
if (files.length === 0 || missing.length > 0) {
  console.log('0 passed, 1 failed');
  console.error(`no test report was written: ${missing.join(', ')}`);
  process.exit(1);
}
const reports = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
const sum = (key) => reports.reduce((n, r) => n + (r[key] ?? 0), 0);
const passed = sum('numPassedTests');
// A file that fails to load has no failed test but is a failure all the same.
const failed = reports.reduce(
  (n, r) => n + (r.numFailedTests ?? 0) + (r.numFailedTests ? 0 : (r.numFailedTestSuites ?? 0)),
  0,
);
const skipped = sum('numPendingTests') + sum('numTodoTests');
let ok = reports.every((r) => r.success === true) && failed === 0;
const report = { startTime: Math.min(...reports.map((r) => r.startTime)) };

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
