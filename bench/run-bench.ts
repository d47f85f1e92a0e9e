/**
 * npm run bench [-- --scale province|county --duration 10 --connections 16 --rounds 3 --warmup 3
 *                  --only a,c,d,h --no-import --import-rows 10000 --multibyte-rows 100000 --no-build
 *                  --database-url … --data-dir …]
 * npm run bench -- --render bench/results/<file>.json      (re-renders latest-<scale>.md from a results file)
 *
 * Starts the real server on the generated data and the raw baseline, drives each operation with autocannon
 * from this process, and writes bench/results/<date>-<scale>.json and bench/results/latest-<scale>.md.
 */
import { num, parseArgs, str } from './lib/args';
import { runBench } from './lib/run/bench';
import { describeMachine, markdown, renderFromJson, writeResults } from './lib/run/report';
import { scaleOf, targetOf } from './lib/scales';

const argv = process.argv.slice(2);
const args = parseArgs(argv);
const scale = scaleOf(str(args, 'scale') ?? 'province');
const target = targetOf(scale, { databaseUrl: str(args, 'database-url'), dataDir: str(args, 'data-dir') });
const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;

try {
  const render = str(args, 'render');
  if (render) {
    const { md, path } = renderFromJson(render);
    console.log(`${md}\nwritten: ${path}`);
    process.exit(0);
  }
  const machine = await describeMachine(target);
  const result = await runBench({
    scale,
    target,
    durationS: num(args, 'duration', 10),
    connections: num(args, 'connections', 16),
    rounds: num(args, 'rounds', 3),
    warmupS: num(args, 'warmup', 3, 0),
    only: str(args, 'only')?.split(','),
    importRun: args['no-import'] !== true,
    importRows: num(args, 'import-rows', 10_000),
    multibyteRows: num(args, 'multibyte-rows', 100_000),
    settleTimeoutS: num(args, 'settle-timeout', 300),
    build: args['no-build'] !== true,
    command,
  });
  const md = markdown(result, machine);
  // Only a full run at the issue's settings (all operations, 16 connections, the import) updates latest-<scale>.md.
  const partial =
    args.only !== undefined ||
    args['no-import'] === true ||
    num(args, 'connections', 16) !== 16 ||
    process.env.BENCH_PRODUCT_NODE_ARGS !== undefined;
  const paths = writeResults(result, machine, md, { partial });
  console.log(`\n${md}`);
  console.log(`results: ${paths.json}${paths.md ? `\n         ${paths.md}` : ' (partial run: latest-*.md unchanged)'}`);
} catch (err) {
  console.error(err);
  process.exitCode = 1;
}
