/**
 * npm run bench:data -- --scale county|city|province [--database-url postgres://…] [--data-dir dir] [--force] [--no-verify]
 *
 * Builds a deterministic dataset with the product's schema (its own migrations), by bulk SQL: province =
 * Gansu (14 cities, 86 counties, 100,000 enterprises…) on PostgreSQL `kc_bench`, county = one county
 * (~1/80) on PGlite in bench/data/pglite-county. Prints timings per phase and writes a manifest the
 * runner reads.
 */
import { parseArgs, str } from './lib/args';
import { generateData } from './lib/gen/generate';
import { scaleOf, targetOf } from './lib/scales';

const args = parseArgs(process.argv.slice(2));
const scale = scaleOf(str(args, 'scale'));
const target = targetOf(scale, { databaseUrl: str(args, 'database-url'), dataDir: str(args, 'data-dir') });
try {
  await generateData({ scale, target, force: args.force === true, verify: args['no-verify'] !== true });
} catch (err) {
  console.error(err);
  process.exitCode = 1;
}
