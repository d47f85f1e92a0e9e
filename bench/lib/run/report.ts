import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import pg from 'pg';
import { RESULTS_DIR, ROOT, type Target } from '../scales';
import type { BenchResult, OpResult } from './bench';
import type { MultibyteImportResult } from './multibyte-import';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  database: string;
  os: string;
  commit: string | null;
  loadAverageAtStart: number[];
}

/** What ran the benchmark: CPU model, cores, memory, Node and PostgreSQL/PGlite versions, the commit. */
export async function describeMachine(target: Target): Promise<Machine> {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  let database: string;
  if (target.kind === 'postgres') {
    const c = new pg.Client({ connectionString: target.url });
    try {
      await c.connect();
      database = String((await c.query('select version() as v')).rows[0].v).split(' on ')[0];
      const settings = (
        await c.query(
          `select name, current_setting(name) as value from pg_settings where name in ('shared_buffers', 'work_mem', 'max_connections', 'synchronous_commit', 'wal_sync_method') order by name`,
        )
      ).rows;
      database += ` (${settings.map((s) => `${s.name}=${s.value}`).join(', ')})`;
    } finally {
      await c.end().catch(() => {});
    }
  } else {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as {
      version: string;
    };
    database = `PGlite ${pkg.version} (PostgreSQL 17 in WASM, in the server process)`;
  }
  let commit: string | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    // The results a run writes (latest-<scale>.md) are not changes to the code being measured.
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--untracked-files=no', '--', '.', ':(exclude)bench/results'],
      { cwd: ROOT, encoding: 'utf8' },
    ).trim();
    if (dirty) commit += ' (with uncommitted changes)';
  } catch {
    // not a git checkout
  }
  let os = `${process.platform} ${process.arch}`;
  try {
    os = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {
    // keep platform
  }
  const { loadavg } = await import('node:os');
  return {
    cpuModel: model,
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    database,
    os,
    commit,
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

const f0 = (n: number | null | undefined) =>
  n === null || n === undefined || !Number.isFinite(n)
    ? '—'
    : n >= 100
      ? Math.round(n).toLocaleString('en-US')
      : String(Math.round(n * 10) / 10);
const ms = (n: number | null | undefined) =>
  n === null || n === undefined || !Number.isFinite(n) ? '—' : `${Math.round(n * 10) / 10}`;

function opRow(r: OpResult): string {
  const title = `(${r.key}) ${r.title}`;
  if (r.status !== 'done' || !r.summary) {
    return `| ${title} | ${r.status}: ${r.reason ?? ''} | | | | | | | ${r.target.text} | — |`;
  }
  const s = r.summary;
  const verdict = s.met === null ? '—' : s.met ? '✅ met' : `❌ ${s.misses.join('; ')}`;
  const extra: string[] = [];
  if (s.product.non2xxShare) extra.push(`product non-2xx ${(s.product.non2xxShare * 100).toFixed(2)} %`);
  if (s.baseline.non2xxShare) extra.push(`baseline non-2xx ${(s.baseline.non2xxShare * 100).toFixed(2)} %`);
  const note = extra.length ? ` (${extra.join(', ')})` : '';
  return `| ${title} | ${f0(s.product.reqPerSec)} | ${ms(s.product.p50Ms)} | ${ms(s.product.p99Ms)} | ${f0(s.baseline.reqPerSec)} | ${ms(s.baseline.p50Ms)} | ${ms(s.baseline.p99Ms)} | ${s.ratio.toFixed(2)} | ${r.target.text} | ${verdict}${note} |`;
}

/** The Markdown report: the table, (g), memory, the machine and the exact command. */
export function markdown(result: BenchResult, machine: Machine): string {
  const lines: string[] = [];
  lines.push(`# Benchmark: ${result.scale} scale on ${result.backend === 'postgres' ? 'PostgreSQL' : 'PGlite'}`);
  lines.push('');
  lines.push(
    `${result.startedAt.slice(0, 16).replace('T', ' ')} UTC · ${result.settings.connections} connections · ${result.settings.durationS} s per run · median of ${result.settings.rounds} rounds (after a ${result.settings.warmupS} s warm-up per operation) · data: ${Object.entries(
      result.dataset.counts,
    )
      .filter(([k]) => k !== 'database_bytes')
      .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
      .join(', ')}`,
  );
  lines.push('');
  lines.push(
    '| Operation | Product req/s | p50 ms | p99 ms | Baseline req/s | p50 ms | p99 ms | Ratio | Target | Result |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---|---|');
  for (const r of result.operations) lines.push(opRow(r));
  const g = result.import;
  if (g.status === 'done' && g.product) {
    const ok = g.product.totalMs < 10_000;
    lines.push(
      `| (g) Excel import of ${g.rows?.toLocaleString('en-US')} rows as a job, end to end | ${(g.product.totalMs / 1000).toFixed(1)} s | | | ${g.baseline ? `${(g.baseline.totalMs / 1000).toFixed(1)} s` : '—'} | | | ${g.baseline ? (g.baseline.totalMs / g.product.totalMs).toFixed(2) : '—'} | < 10 s | ${ok ? '✅ met' : `❌ ${(g.product.totalMs / 1000).toFixed(1)} s`} |`,
    );
  } else {
    lines.push(
      `| (g) Excel import of 10,000 rows as a job | ${g.status}: ${g.reason ?? ''} | | | | | | | < 10 s | — |`,
    );
  }
  if (result.multibyteImport) lines.push(multibyteRow(result.multibyteImport));
  lines.push('');
  lines.push(
    'Throughput is 2xx responses per second (for (c), requests: each operation is two requests); the ratio is product ÷ baseline throughput. The baseline is a bare Fastify route per operation running the same SQL through `pg` (no session, CSRF, validation, presenter or audit row).',
  );
  const counters = result.operations.filter((r) => r.summary?.counters);
  for (const r of counters) {
    lines.push(
      `(${r.key}) counters over all measured runs: ${Object.entries(r.summary!.counters!)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}; 409 share on the product: ${shareOf(r, 'product')}, on the baseline: ${shareOf(r, 'baseline')}.`,
    );
  }
  if (g.status === 'done' && g.product) {
    lines.push('');
    lines.push(
      `(g) product phases: upload ${g.product.uploadMs} ms, validation job ${g.product.validateMs} ms, confirm ${g.product.confirmMs} ms, commit job ${g.product.commitMs} ms; file ${(g.product.fileBytes / 1024).toFixed(0)} kB; created ${g.product.created ?? '?'}; slowest GET /api/health during the import ${g.product.probeMaxMs} ms (${g.product.probeCount} probes). Baseline: the same kind of file parsed and written with multi-row inserts in one transaction, no validation or audit.`,
    );
  }
  const h = result.multibyteImport;
  if (h?.status === 'done' && h.product) {
    lines.push('');
    lines.push(
      `(h) product phases: upload ${h.product.uploadMs} ms, validation job ${h.product.validateMs} ms, confirm ${h.product.confirmMs} ms, commit job ${h.product.commitMs} ms; file ${(h.product.fileBytes / 1024).toFixed(0)} kB; created ${h.product.created ?? '?'}; product RSS peak ${h.product.rssPeakMb ?? '—'} MB; slowest GET /api/health during the import ${h.product.probeMaxMs} ms (${h.product.probeCount} probes). ${h.verified ? `Stored text read back from the database: ${h.verified.mismatches} of ${h.verified.cells.toLocaleString('en-US')} cells (企业名称, 地址, 联系人) differ from the file${h.verified.rowsMissing ? `, ${h.verified.rowsMissing} rows not found` : ''}${h.verified.first.length ? `; first: ${JSON.stringify(h.verified.first)}` : ''}.` : 'Stored text not verified.'} ${
        Object.keys(h.params ?? {}).length
          ? `Raised for the run through the parameter API, on the run's copy of the data: ${Object.entries(h.params!)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')}.`
          : ''
      }`.trimEnd(),
    );
  }
  if (result.listQueries) {
    lines.push(
      `\n(a) list queries (region / industry prefix / tier: matching rows, page): ${result.listQueries.join('; ')}.`,
    );
  }
  if (result.platformQueries) {
    lines.push(
      `\n(i) platform list queries (filters: matching rows, page; staff of the scale's region): ${result.platformQueries.join('; ')}.`,
    );
  }
  lines.push('');
  const rss = result.rss;
  const opPeaks = result.operations.flatMap((r) => r.product.map((s) => s.rssPeakMb ?? 0));
  const loadPeak = opPeaks.length ? Math.max(...opPeaks) : null;
  const worst = result.operations
    .map((r) => ({ key: r.key, mb: Math.max(0, ...r.product.map((s) => s.rssPeakMb ?? 0)) }))
    .sort((a, b) => b.mb - a.mb)[0];
  lines.push(
    `**Memory:** product peak RSS under load ${rss.productPeakUnderLoadMb ?? '—'} MB (limit ${rss.limitMb} MB: ${rss.met === null ? '—' : rss.met ? '✅ met' : '❌ missed'}): ${loadPeak ?? '—'} MB during the load operations${worst?.mb ? ` (highest in (${worst.key}))` : ''}, ${result.import.rssPeakMb ?? '—'} MB during the (g) import; peak over the whole run incl. start-up ${rss.productPeakOverallMb ?? '—'} MB; baseline peak ${rss.baselinePeakMb ?? '—'} MB.`,
  );
  const slowJobs = result.startupJobs.filter((j) => j.status !== 'succeeded' || (j.ms ?? 0) > 5_000);
  if (result.startupJobs.length) {
    lines.push('');
    lines.push(
      `**Start-up jobs** (queued by each server start, waited for before measuring): ${slowJobs.length ? slowJobs.map((j) => `${j.type} ${j.status}${j.ms !== null ? ` in ${(j.ms / 1000).toFixed(1)} s` : ''}`).join('; ') : `${result.startupJobs.length} jobs, each done in under 5 s`}.`,
    );
  }
  if (result.dataset.pendingParts.length) {
    lines.push('');
    lines.push(
      `**Pending in the dataset:** ${result.dataset.pendingParts.map((p) => `${p.name} (${p.reason})`).join('; ')}.`,
    );
  }
  lines.push('');
  lines.push('**Machine:**');
  lines.push(`- CPU: ${machine.cpuModel}, ${machine.cores} cores; memory ${machine.memoryGb} GB; ${machine.os}`);
  lines.push(`- Node ${machine.node}; ${machine.database}`);
  lines.push(
    `- Commit ${machine.commit ?? 'unknown'}; load average at start ${machine.loadAverageAtStart.join(' / ')} (the machine is shared: other work ran during the measurement)`,
  );
  lines.push(
    `- Product process: ${result.settings.productRuntime}. The load generator (autocannon, in the runner process), the product, the baseline and the database share these cores.`,
  );
  if (result.settings.vacuumBetweenRuns) {
    lines.push(
      '- autovacuum is off on this PostgreSQL server: the runner vacuumed the tables with dead rows before each measured run, as autovacuum would.',
    );
  }
  lines.push('');
  lines.push(`**Command:** \`${result.command}\``);
  lines.push('');
  return lines.join('\n');
}

/** The (h) row: end-to-end time of the multi-byte import, and whether every stored text cell equals the file's. */
function multibyteRow(h: MultibyteImportResult): string {
  const title = `(h) Excel import of ${(h.rows ?? 0).toLocaleString('en-US')} rows of multi-byte text as a job, end to end; stored text compared`;
  const target = 'every stored text cell = the file’s';
  if (h.status !== 'done' || !h.product) {
    return `| ${title} | ${h.status}: ${h.reason ?? ''} | | | | | | | ${target} | — |`;
  }
  const v = h.verified;
  const verdict = !v
    ? '— (not verified)'
    : v.mismatches === 0
      ? `✅ 0 of ${v.cells.toLocaleString('en-US')} cells differ`
      : `❌ ${v.mismatches} of ${v.cells.toLocaleString('en-US')} cells differ`;
  return `| ${title} | ${(h.product.totalMs / 1000).toFixed(1)} s | | | — | | | — | ${target} | ${verdict} |`;
}

function shareOf(r: OpResult, side: 'product' | 'baseline'): string {
  const total = r[side].reduce((s, x) => s + x.requests, 0);
  const conflicts = r[side].reduce((s, x) => s + (x.counters?.conflicts409 ?? 0), 0);
  return total ? `${((conflicts / total) * 100).toFixed(2)} %` : '—';
}

/**
 * Writes bench/results/runs/<date>-<scale>.json (an ignored folder: every run lands there) and, for a full run,
 * bench/results/latest-<scale>.md. A partial run (--only, or an investigation) writes <date>-<scale>-partial.json
 * and leaves latest-<scale>.md to the last full run. A run that README or FINDINGS cites is moved up into
 * bench/results/ and committed; the rest stay out of the repository.
 */
export function writeResults(
  result: BenchResult,
  machine: Machine,
  md: string,
  opts: { partial?: boolean; dir?: string } = {},
): { json: string; md: string | null } {
  const dir = opts.dir ?? RESULTS_DIR;
  const runs = resolve(dir, 'runs');
  mkdirSync(runs, { recursive: true });
  const stamp = result.startedAt.slice(0, 19).replace(/[:T]/g, '-');
  const json = resolve(runs, `${stamp}-${result.scale}${opts.partial ? '-partial' : ''}.json`);
  writeFileSync(json, JSON.stringify({ ...result, machine }, null, 2));
  if (opts.partial) return { json, md: null };
  const mdPath = resolve(dir, `latest-${result.scale}.md`);
  writeFileSync(mdPath, md);
  return { json, md: mdPath };
}

/** Re-renders latest-<scale>.md from a results JSON (after a change to the report's layout). */
export function renderFromJson(file: string): { md: string; path: string } {
  const { machine, ...result } = JSON.parse(readFileSync(file, 'utf8')) as BenchResult & { machine: Machine };
  result.startupJobs ??= [];
  const md = markdown(result, machine);
  const path = resolve(RESULTS_DIR, `latest-${result.scale}.md`);
  writeFileSync(path, md);
  return { md, path };
}
