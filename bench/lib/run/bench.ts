import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Manifest } from '../gen/generate';
import { describeTarget, manifestPath, ROOT, type Scale, type Target } from '../scales';
import {
  buildImportFile,
  importOnBaseline,
  importOnProduct,
  importPendingReason,
  importSerialBase,
  IMPORT_ROWS,
  type ImportResult,
} from './import-op';
import { drive, median, type RunSample } from './load';
import {
  buildMultibyteFile,
  multibyteImportOnProduct,
  multibyteRows,
  MULTIBYTE_IMPORT_ROWS,
  raiseImportLimits,
  verifyStoredText,
  type MultibyteImportResult,
  type MultibyteRow,
} from './multibyte-import';
import { LOAD_OPS } from './operations';
import { RssSampler, stopAll, type Started } from './processes';
import { buildServer, SERVER_ENV, SERVER_NODE_ARGS } from './build-server';
import { signIn, startBaseline, startProduct } from './servers';
import { deadRowVacuum } from './vacuum';
import { workingCopy } from './working-copy';
import { callJson, type LoadOp, type OpTarget, type RunEnv, type Side } from './types';

export interface BenchOptions {
  scale: Scale;
  target: Target;
  durationS: number;
  connections: number;
  rounds: number;
  warmupS: number;
  /** Only these operation keys (default: all). */
  only?: string[];
  /** Run (g), the import (default true). */
  importRun?: boolean;
  /** Rows in the (g) file (default 10,000; the smoke test uses fewer). */
  importRows?: number;
  /** Rows in the (h) file of multi-byte text (default 100,000); (h) runs with the imports, or alone with only: ['h']. */
  multibyteRows?: number;
  /** Run the production build (esbuild bundle, plain node); false runs the source under tsx (`--no-build`). */
  build?: boolean;
  /** How long to wait for the jobs the server queues at start (reminders) before measuring. */
  settleTimeoutS: number;
  command: string;
  log?: (m: string) => void;
}

export interface SideSummary {
  reqPerSec: number;
  opsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xxShare: number;
  rssPeakMb: number | null;
}

export interface OpResult {
  key: string;
  title: string;
  status: 'done' | 'pending' | 'failed';
  reason?: string;
  requestsPerOp: number;
  target: OpTarget;
  product: RunSample[];
  baseline: RunSample[];
  summary?: {
    product: SideSummary;
    baseline: SideSummary;
    ratio: number;
    met: boolean | null;
    misses: string[];
    counters?: Record<string, number>;
  };
}

export interface BenchResult {
  scale: string;
  backend: 'postgres' | 'pglite';
  target: string;
  startedAt: string;
  finishedAt: string;
  settings: {
    durationS: number;
    connections: number;
    rounds: number;
    warmupS: number;
    productRuntime: string;
    vacuumBetweenRuns?: boolean;
  };
  command: string;
  dataset: { generatedAt: string; counts: Record<string, number>; pendingParts: { name: string; reason?: string }[] };
  operations: OpResult[];
  import: ImportResult;
  /** (h); absent in results written before it existed. */
  multibyteImport?: MultibyteImportResult;
  rss: {
    productPeakUnderLoadMb: number | null;
    productPeakOverallMb: number | null;
    baselinePeakMb: number | null;
    limitMb: number;
    met: boolean | null;
  };
  listQueries?: string[];
  /** (i)'s filters with their totals and the page asked for; absent in results written before (i) existed. */
  platformQueries?: string[];
  /** The jobs each product start queued (reminders), how long they ran, and whether they were done before the load. */
  startupJobs: { type: string; status: string; ms: number | null }[];
}

function readManifest(target: Target): Manifest {
  const p = manifestPath(target);
  if (!existsSync(p)) {
    throw new Error(`no bench data at ${describeTarget(target)} (manifest ${p} missing): run npm run bench:data first`);
  }
  return JSON.parse(readFileSync(p, 'utf8')) as Manifest;
}

const codeTable = <T>(file: string): T[] =>
  JSON.parse(readFileSync(resolve(ROOT, 'apps/server/src/platform/db/code-tables', file), 'utf8')) as T[];
const townshipsOf = (county: string): string[] =>
  codeTable<{ name: string; level: string; parent: string | null }>('regions.json')
    .filter((r) => r.level === 'township' && r.parent === county)
    .map((r) => r.name);
/** Manufacturing and software classes (4-digit, GB/T 4754-2017) for the import file's rows. */
const importClasses = (): string[] =>
  codeTable<{ code: string; level: number | string }>('industries.json')
    .filter((r) => Number(r.level) === 4 && /^(2[6-9]|3[0-9]|65)/.test(r.code))
    .map((r) => r.code);

function summarise(op: LoadOp, samples: RunSample[]): SideSummary {
  const total = samples.reduce((s, x) => s + x.requests, 0);
  const non2xx = samples.reduce((s, x) => s + x.non2xx + x.errors + x.timeouts, 0);
  const rss = samples.map((s) => s.rssPeakMb).filter((x): x is number => x !== null);
  return {
    reqPerSec: median(samples.map((s) => s.reqPerSec)),
    opsPerSec: median(samples.map((s) => s.opsPerSec)),
    p50Ms: median(samples.map((s) => s.p50Ms)),
    p99Ms: median(samples.map((s) => s.p99Ms)),
    non2xxShare: total ? Math.round((non2xx / total) * 10_000) / 10_000 : 0,
    rssPeakMb: rss.length ? Math.max(...rss) : null,
  };
}

/**
 * Runs every scenario against the product and the baseline: on PostgreSQL both servers stay up and each
 * round runs every operation on both sides back to back (alternating which goes first); on PGlite only one
 * process may hold the data directory, so each round runs all operations on the product, stops it, then on
 * the baseline. Medians over rounds are reported. Every process started is stopped, whatever happens.
 */
export async function runBench(o: BenchOptions): Promise<BenchResult> {
  const log = o.log ?? ((m: string) => console.log(m));
  const importRows = o.importRows ?? IMPORT_ROWS;
  const manifest = readManifest(o.target);
  const env: RunEnv = { scale: o.scale, target: o.target, manifest, state: {}, log };
  const staffUser = manifest.users.find((u) => u.username === 'bench_staff')!;
  const scopePrefix = o.scale.regionPrefix;
  const backend = o.target.kind;
  const startedAt = new Date().toISOString();
  const builtEntry = o.build ? await buildServer() : undefined;
  const ops = LOAD_OPS.filter((op) => !o.only || o.only.includes(op.key));
  const results = new Map<string, OpResult>(
    ops.map((op) => [
      op.key,
      {
        key: op.key,
        title: op.title,
        status: 'done',
        requestsPerOp: op.requestsPerOp,
        target: op.target(backend),
        product: [],
        baseline: [],
      },
    ]),
  );
  const runnable: LoadOp[] = [];
  const imp: ImportResult = { status: 'pending', reason: 'not run' };
  const mbRows = o.multibyteRows ?? MULTIBYTE_IMPORT_ROWS;
  const mbRun = o.importRun !== false && (!o.only || o.only.includes('h'));
  const mb: MultibyteImportResult = { status: 'pending', reason: 'not run' };
  let productOverall: RssSampler | null = null;
  let productOverallPeak = 0;
  let baselinePeak = 0;
  const startupJobs: { type: string; status: string; ms: number | null }[] = [];

  log(`copying the dataset (${describeTarget(o.target)}) for this run…`);
  const copy = await workingCopy(o.target);
  const data = copy.target;
  const vacuum = await deadRowVacuum(data);
  const runOne = async (op: LoadOp, side: Side, server: Started, round: number, measured: boolean) => {
    if (!measured && o.warmupS <= 0) return;
    if (measured) await vacuum?.();
    const sample = await drive({
      base: side.base,
      requests: (control) => op.requests(env, side, control),
      maxRequests: op.maxRequests && (() => op.maxRequests!(env)),
      connections: o.connections,
      durationS: measured ? o.durationS : o.warmupS,
      pid: server.pid,
      requestsPerOp: op.requestsPerOp,
      round,
    });
    const counters = { ...(op.counters?.(env) ?? {}), ...((await op.settle?.(env, side)) ?? {}) };
    if (!measured) return;
    if (Object.keys(counters).length) sample.counters = counters;
    results.get(op.key)![side.name].push(sample);
    if (side.name === 'baseline' && sample.rssPeakMb) baselinePeak = Math.max(baselinePeak, sample.rssPeakMb);
    const extra = counters.conflicts409 !== undefined ? `, 409s ${counters.conflicts409}` : '';
    const early = sample.stoppedEarly ? ` (stopped after ${sample.durationS} s: ran out of rows)` : '';
    log(
      `  [r${round}] (${op.key}) ${side.name.padEnd(8)} ${String(sample.reqPerSec).padStart(8)} req/s  p50 ${sample.p50Ms} ms  p99 ${sample.p99Ms} ms  non-2xx ${sample.non2xx}${extra}  rss ${sample.rssPeakMb ?? '-'} MB${early}`,
    );
  };

  const decidePending = async (product: Side) => {
    for (const op of ops) {
      const reason = await op.pendingReason(env, product);
      const r = results.get(op.key)!;
      if (reason) {
        r.status = 'pending';
        r.reason = reason;
        log(`  (${op.key}) pending: ${reason}`);
        continue;
      }
      await op.prepare?.(env, product);
      runnable.push(op);
    }
  };

  const productUp = async () => {
    const startedAt = Date.now();
    const server = await startProduct(o.scale, data, builtEntry);
    productOverall = new RssSampler(server.pid, 200).start();
    const side = await signIn(server, 'bench_staff', manifest);
    const county = await signIn(server, 'bench_county', manifest);
    env.state.staffSide = side;
    await settleStartupJobs(server, startedAt);
    return { server, side, county: { ...county, name: 'product' as const } };
  };

  // The server queues its reminder jobs at start; measuring while they run would measure them too.
  const settleStartupJobs = async (server: Started, since: number) => {
    if (!manifest.users.some((u) => u.username === 'bench_admin')) return;
    const admin = await signIn(server, 'bench_admin', manifest);
    const t0 = Date.now();
    type Job = {
      id: number;
      type: string;
      status: string;
      createdAt: string;
      startedAt: string | null;
      finishedAt: string | null;
    };
    let jobs: Job[];
    for (;;) {
      jobs = (await callJson<{ data: Job[] }>(admin, 'GET', '/api/v1/jobs?all=true&pageSize=50')).data.filter(
        (j) => Date.parse(j.createdAt) >= since - 1_000,
      );
      const busy = jobs.filter((j) => j.status === 'queued' || j.status === 'running');
      if (busy.length === 0 || Date.now() - t0 > o.settleTimeoutS * 1000) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    for (const j of jobs) {
      const ms = j.startedAt ? (j.finishedAt ? Date.parse(j.finishedAt) : Date.now()) - Date.parse(j.startedAt) : null;
      startupJobs.push({ type: j.type, status: j.status, ms });
      if (j.status !== 'succeeded' || (ms ?? 0) > 5_000) {
        log(`  start-up job ${j.type}: ${j.status}${ms !== null ? ` after ${(ms / 1000).toFixed(1)} s` : ''}`);
      }
    }
  };
  const productDown = async (server: Started) => {
    productOverallPeak = Math.max(productOverallPeak, productOverall?.stop() ?? 0);
    await server.stop();
  };

  // (g): both files are made before anything is timed; the product's file has the first 10,000 serials.
  const importFiles = async (staff: Side, county: Side) => {
    const reason = await importPendingReason(county);
    if (reason) return null;
    const base = await importSerialBase(staff);
    const towns = townshipsOf(o.scale.importCounty);
    const classes = importClasses();
    return {
      product: await buildImportFile(county, o.scale.importCounty, base, towns, classes, importRows),
      baseline: await buildImportFile(county, o.scale.importCounty, base + importRows, towns, classes, importRows),
    };
  };

  try {
    log(
      `bench scale=${o.scale.name} on ${describeTarget(o.target)}: ${o.connections} connections, ${o.durationS} s × ${o.rounds} rounds (+${o.warmupS} s warm-up)`,
    );
    if (vacuum) {
      log(
        '  autovacuum is off on this server: tables with dead rows are vacuumed before each measured run, as autovacuum would',
      );
    }
    if (backend === 'postgres') {
      const p = await productUp();
      const baseline = await startBaseline(data, scopePrefix, staffUser.id);
      const bside: Side = { name: 'baseline', base: baseline.base, headers: {} };
      await decidePending(p.side);
      for (const op of runnable) {
        await runOne(op, p.side, p.server, 0, false);
        await runOne(op, bside, baseline, 0, false);
      }
      for (let round = 1; round <= o.rounds; round++) {
        for (const op of runnable) {
          const order = round % 2 ? [p.side, bside] : [bside, p.side];
          for (const side of order) await runOne(op, side, side.name === 'product' ? p.server : baseline, round, true);
        }
      }
      if (o.importRun !== false && (!o.only || o.only.includes('g'))) {
        const files = await importFiles(p.side, p.county);
        if (!files) Object.assign(imp, { status: 'pending', reason: await importPendingReason(p.county) });
        else await runImport(files, p.county, p.server, bside);
      }
      if (mbRun) {
        const rows = await runMultibyteImport(p);
        if (rows) await verifyMultibyte(rows);
      }
      await baseline.stop();
      await productDown(p.server);
    } else {
      // With --only h there is no load operation: no rounds.
      for (let round = 1; ops.length && round <= o.rounds; round++) {
        const p = await productUp();
        if (round === 1) await decidePending(p.side);
        for (const op of runnable) await runOne(op, p.side, p.server, 0, false);
        for (const op of runnable) await runOne(op, p.side, p.server, round, true);
        await productDown(p.server);
        const baseline = await startBaseline(data, scopePrefix, staffUser.id);
        const bside: Side = { name: 'baseline', base: baseline.base, headers: {} };
        for (const op of runnable) await runOne(op, bside, baseline, 0, false);
        for (const op of runnable) await runOne(op, bside, baseline, round, true);
        await baseline.stop();
      }
      // The imports come after every measured run, so both sides' operations ran on the same register.
      if (o.importRun !== false && (!o.only || o.only.includes('g'))) {
        const p = await productUp();
        const files = await importFiles(p.side, p.county);
        if (!files) Object.assign(imp, { status: 'pending', reason: await importPendingReason(p.county) });
        else await runImport({ product: files.product, baseline: null }, p.county, p.server, null);
        await productDown(p.server);
        if (files && imp.status !== 'failed') {
          const baseline = await startBaseline(data, scopePrefix, staffUser.id);
          await runImport({ product: null, baseline: files.baseline }, p.county, null, {
            name: 'baseline',
            base: baseline.base,
            headers: {},
          });
          await baseline.stop();
        }
      }
      // (h) last, on its own server start; the stored text is read once the product has let go of the directory.
      if (mbRun) {
        const p = await productUp();
        let rows: MultibyteRow[] | null = null;
        try {
          rows = await runMultibyteImport(p);
        } finally {
          await productDown(p.server);
        }
        if (rows) await verifyMultibyte(rows);
      }
    }
  } finally {
    productOverallPeak = Math.max(productOverallPeak, (productOverall as RssSampler | null)?.stop() ?? 0);
    await stopAll();
    await copy.drop();
  }

  async function runImport(
    files: { product: Buffer | null; baseline: Buffer | null },
    county: Side,
    server: Started | null,
    bside: Side | null,
  ) {
    try {
      if (files.product && server) {
        log(`  (g) importing ${importRows} rows (${(files.product.length / 1024).toFixed(0)} kB) on the product…`);
        const sampler = new RssSampler(server.pid).start();
        let product: Awaited<ReturnType<typeof importOnProduct>>;
        try {
          product = await importOnProduct(county, files.product);
        } finally {
          imp.rssPeakMb = sampler.stop();
        }
        product.rssPeakMb = imp.rssPeakMb;
        Object.assign(imp, { status: 'done', reason: undefined, rows: importRows, product });
        log(
          `  (g) product: ${product.totalMs} ms (upload ${product.uploadMs}, validate ${product.validateMs}, confirm ${product.confirmMs}, commit ${product.commitMs}), rss ${product.rssPeakMb} MB`,
        );
      }
      if (files.baseline && bside) {
        const baseline = await importOnBaseline(bside, files.baseline, o.scale.importCounty);
        imp.baseline = baseline;
        log(`  (g) baseline: ${baseline.totalMs} ms for ${baseline.rows} rows`);
      }
    } catch (err) {
      Object.assign(imp, { status: 'failed', reason: String((err as Error).message ?? err).slice(0, 1000) });
      log(`  (g) failed: ${imp.reason}`);
    }
  }

  /**
   * (h): 100,000 new enterprises with multi-byte names, addresses and contacts through the product's import
   * endpoints, as (g). The file is made and the limits raised (raiseImportLimits) before anything is timed.
   * Returns the rows to compare with the database, or null when the import did not complete.
   */
  async function runMultibyteImport(p: { server: Started; side: Side; county: Side }): Promise<MultibyteRow[] | null> {
    try {
      const reason = await importPendingReason(p.county);
      if (reason) {
        Object.assign(mb, { status: 'pending', reason });
        return null;
      }
      // Serials 10 million past (g)'s, so the two imports never share a credit code.
      const rows = multibyteRows(o.scale.importCounty, (await importSerialBase(p.side)) + 10_000_000, mbRows);
      const file = await buildMultibyteFile(p.county, rows);
      const params = await raiseImportLimits(await signIn(p.server, 'bench_admin', manifest), mbRows, file.length);
      log(
        `  (h) importing ${mbRows} rows of multi-byte text (${(file.length / 1024).toFixed(0)} kB) on the product${
          Object.keys(params).length
            ? `; raised ${Object.entries(params)
                .map(([k, v]) => `${k} ${v}`)
                .join(', ')}`
            : ''
        }…`,
      );
      const sampler = new RssSampler(p.server.pid).start();
      let rssPeakMb: number | null = null;
      let product: NonNullable<MultibyteImportResult['product']>;
      try {
        product = await multibyteImportOnProduct(p.county, file, mbRows);
      } finally {
        rssPeakMb = sampler.stop();
      }
      product.rssPeakMb = rssPeakMb;
      Object.assign(mb, { status: 'done', reason: undefined, rows: mbRows, product, params });
      log(
        `  (h) product: ${product.totalMs} ms (upload ${product.uploadMs}, validate ${product.validateMs}, confirm ${product.confirmMs}, commit ${product.commitMs}), rss ${product.rssPeakMb} MB`,
      );
      return rows;
    } catch (err) {
      Object.assign(mb, { status: 'failed', reason: String((err as Error).message ?? err).slice(0, 1000) });
      log(`  (h) failed: ${mb.reason}`);
      return null;
    }
  }

  async function verifyMultibyte(rows: MultibyteRow[]) {
    try {
      mb.verified = await verifyStoredText(data, rows);
      log(
        `  (h) stored text: ${mb.verified.mismatches} of ${mb.verified.cells} cells differ from the file${
          mb.verified.first.length ? `, first: ${JSON.stringify(mb.verified.first)}` : ''
        }`,
      );
    } catch (err) {
      Object.assign(mb, {
        status: 'failed',
        reason: `verify: ${String((err as Error).message ?? err).slice(0, 1000)}`,
      });
      log(`  (h) failed: ${mb.reason}`);
    }
  }

  for (const op of ops) {
    const r = results.get(op.key)!;
    if (r.status !== 'done') continue;
    if (!r.product.length || !r.baseline.length) {
      r.status = 'failed';
      r.reason = 'no samples';
      continue;
    }
    const product = summarise(op, r.product);
    const baseline = summarise(op, r.baseline);
    const ratio = Math.round((product.reqPerSec / baseline.reqPerSec) * 100) / 100;
    const misses: string[] = [];
    if (r.target.p99Ms !== undefined && product.p99Ms >= r.target.p99Ms) {
      misses.push(`p99 ${product.p99Ms} ms ≥ ${r.target.p99Ms} ms`);
    }
    if (r.target.minRatio !== undefined && ratio < r.target.minRatio) {
      misses.push(`ratio ${ratio} < ${r.target.minRatio}`);
    }
    const hasTarget = r.target.p99Ms !== undefined || r.target.minRatio !== undefined;
    const counters: Record<string, number> = {};
    for (const s of r.product) {
      for (const [k, v] of Object.entries(s.counters ?? {})) {
        counters[`product.${k}`] = (counters[`product.${k}`] ?? 0) + v;
      }
    }
    for (const s of r.baseline) {
      for (const [k, v] of Object.entries(s.counters ?? {})) {
        counters[`baseline.${k}`] = (counters[`baseline.${k}`] ?? 0) + v;
      }
    }
    r.summary = {
      product,
      baseline,
      ratio,
      met: hasTarget ? misses.length === 0 : null,
      misses,
      ...(Object.keys(counters).length ? { counters } : {}),
    };
  }
  const underLoad = [...results.values()].flatMap((r) => r.product.map((s) => s.rssPeakMb ?? 0));
  const peaks = [...underLoad, ...(imp.rssPeakMb ? [imp.rssPeakMb] : [])];
  const peakUnderLoad = peaks.length ? Math.max(...peaks) : null;
  const limitMb = backend === 'postgres' ? 300 : 600;
  return {
    scale: o.scale.name,
    backend,
    target: describeTarget(o.target),
    startedAt,
    finishedAt: new Date().toISOString(),
    settings: {
      durationS: o.durationS,
      connections: o.connections,
      rounds: o.rounds,
      warmupS: o.warmupS,
      vacuumBetweenRuns: vacuum !== null,
      productRuntime: o.build
        ? `node ${SERVER_NODE_ARGS.join(' ')} apps/server/dist/server/main.mjs (npm run build:server) with ${Object.entries(
            SERVER_ENV,
          )
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')}, as dist/start.sh runs it`
        : 'node --import tsx apps/server/src/main.ts (--no-build)',
    },
    command: o.command,
    dataset: {
      generatedAt: manifest.generatedAt,
      counts: manifest.counts,
      pendingParts: manifest.parts
        .filter((p) => p.status === 'pending')
        .map((p) => ({ name: p.name, reason: p.reason })),
    },
    operations: [...results.values()],
    import: imp,
    ...(mbRun ? { multibyteImport: mb } : {}),
    rss: {
      productPeakUnderLoadMb: peakUnderLoad,
      productPeakOverallMb: productOverallPeak || null,
      baselinePeakMb: baselinePeak || null,
      limitMb,
      met: peakUnderLoad === null ? null : peakUnderLoad < limitMb,
    },
    listQueries: env.state.listDescription as string[] | undefined,
    platformQueries: env.state.platformDescription as string[] | undefined,
    startupJobs,
  };
}
