/**
 * npm run bench:report [-- --scale province --rounds 3 --period 2024H1 --no-build --database-url … --data-dir …]
 *
 * (m) Generating the half-year work report (issue 19) of a county and of the scale's whole region, as the staff of
 * that region start it: `POST /api/v1/reports`, then the job polled every 50 ms until it has written the draft.
 * One report at a time (a bureau generates its report, it does not storm the server with them), on a fresh copy of
 * the generated data, on the production build. Targets: county < 1 s, province < 5 s, end to end.
 * Writes bench/results/runs/<timestamp>-report-<scale>.json and prints the table.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { num, parseArgs, str } from './lib/args';
import { buildServer } from './lib/run/build-server';
import { startProduct, signIn } from './lib/run/servers';
import { stopAll } from './lib/run/processes';
import { describeMachine } from './lib/run/report';
import { callJson, type Side } from './lib/run/types';
import { workingCopy } from './lib/run/working-copy';
import { describeTarget, manifestPath, RESULTS_DIR, scaleOf, targetOf } from './lib/scales';
import type { Manifest } from './lib/gen/generate';

const TARGET_MS = { county: 1_000, region: 5_000 };

interface Job {
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  startedAt: string | null;
  finishedAt: string | null;
  error?: string | null;
}

/** One generation end to end: the request, the wait in the queue, the job; and the job's own run time. */
async function generate(side: Side, regionCode: string, period: string) {
  const t0 = performance.now();
  const { reportId, jobId } = await callJson<{ reportId: number; jobId: number }>(side, 'POST', '/api/v1/reports', {
    regionCode,
    period,
  });
  for (;;) {
    const job = await callJson<Job>(side, 'GET', `/api/v1/jobs/${jobId}`);
    if (job.status === 'failed') throw new Error(`report job ${jobId} failed: ${job.error ?? ''}`);
    if (job.status === 'succeeded') {
      const totalMs = Math.round(performance.now() - t0);
      const jobMs = Date.parse(job.finishedAt!) - Date.parse(job.startedAt!);
      return { reportId, totalMs, jobMs };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const argv = process.argv.slice(2);
const args = parseArgs(argv);
const scale = scaleOf(str(args, 'scale') ?? 'province');
const target = targetOf(scale, { databaseUrl: str(args, 'database-url'), dataDir: str(args, 'data-dir') });
const rounds = num(args, 'rounds', 3);
const period = str(args, 'period') ?? '2024H1';
const manifest = JSON.parse(readFileSync(manifestPath(target), 'utf8')) as Manifest;
const startedAt = new Date().toISOString();
const copy = await workingCopy(target);
try {
  const built = args['no-build'] === true ? undefined : await buildServer();
  const server = await startProduct(scale, copy.target, built);
  const staff = await signIn(server, 'bench_staff', manifest);
  const regions = [
    { kind: 'county' as const, code: scale.importCounty },
    ...(scale.regionCode === scale.importCounty ? [] : [{ kind: 'region' as const, code: scale.regionCode }]),
  ];
  const runs: { region: string; kind: 'county' | 'region'; totalMs: number; jobMs: number; reportId: number }[] = [];
  // One generation of each first, not measured: the first run loads code and warms the database's caches.
  for (const r of regions) await generate(staff, r.code, period);
  for (let round = 1; round <= rounds; round++) {
    for (const r of regions) {
      const run = await generate(staff, r.code, period);
      runs.push({ region: r.code, kind: r.kind, ...run });
      console.log(`  [r${round}] ${r.code} ${period}: ${run.totalMs} ms end to end, job ${run.jobMs} ms`);
    }
  }
  const summary = regions.map((r) => {
    const mine = runs.filter((x) => x.region === r.code);
    const totalMs = median(mine.map((x) => x.totalMs));
    const limit = TARGET_MS[r.kind];
    return {
      region: r.code,
      kind: r.kind,
      medianTotalMs: totalMs,
      maxTotalMs: Math.max(...mine.map((x) => x.totalMs)),
      medianJobMs: median(mine.map((x) => x.jobMs)),
      targetMs: limit,
      met: mine.every((x) => x.totalMs < limit),
    };
  });
  const machine = await describeMachine(target);
  const command = `npm run bench:report${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
  const result = {
    scale: scale.name,
    data: describeTarget(target),
    period,
    rounds,
    startedAt,
    command,
    machine,
    runs,
    summary,
  };
  mkdirSync(resolve(RESULTS_DIR, 'runs'), { recursive: true });
  const file = resolve(
    RESULTS_DIR,
    'runs',
    `${startedAt.slice(0, 19).replace(/[:T]/g, '-')}-report-${scale.name}.json`,
  );
  writeFileSync(file, JSON.stringify(result, null, 2));
  console.log(`\n| region | median end to end | slowest | median job | target | met |\n|---|---:|---:|---:|---:|---|`);
  for (const s of summary) {
    console.log(
      `| ${s.region} (${s.kind}) | ${s.medianTotalMs} ms | ${s.maxTotalMs} ms | ${s.medianJobMs} ms | < ${s.targetMs} ms | ${s.met ? 'yes' : 'NO'} |`,
    );
  }
  console.log(`results: ${file}`);
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await stopAll();
  await copy.drop();
}
