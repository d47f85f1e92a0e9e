import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { cumulativeWeights, Rng } from '../prng';
import { hashPassword, MIGRATIONS, migrateToLatest, openDatabase, verifyAuditChain } from '../product';
import { describeTarget, manifestPath, type Scale, type Target } from '../scales';
import { AuditAppender } from './audit-appender';
import type { County, GenContext } from './context';
import { PARTS } from './parts/index';
import { execOf } from './sql';

export const BENCH_PASSWORD = 'Kechuang@2022';
export const SEED = 20_261_125;

export interface Manifest {
  scale: string;
  target: Target;
  seed: number;
  generatedAt: string;
  password: string;
  users: GenContext['users'];
  counts: Record<string, number>;
  parts: {
    name: string;
    description: string;
    status: 'done' | 'pending';
    reason?: string;
    ms?: number;
    rows?: Record<string, number>;
  }[];
  phases: Record<string, number>;
  facts: Record<string, unknown>;
}

/** Drops and creates a bench database (only ones named kc_bench*, unless forced). */
async function recreateDatabase(url: string, force: boolean): Promise<void> {
  const u = new URL(url);
  const name = u.pathname.replace(/^\//, '');
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name "${name}"`);
  if (!name.startsWith('kc_bench') && !force) {
    throw new Error(
      `refusing to recreate database "${name}": only kc_bench* databases are recreated (pass --force to override)`,
    );
  }
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
}

function recreateDataDir(dir: string, force: boolean): void {
  if (existsSync(dir)) {
    const entries = readdirSync(dir);
    if (entries.length && !entries.includes('PG_VERSION') && !force) {
      throw new Error(`refusing to delete ${dir}: not empty and not a PGlite data directory (pass --force)`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dirname(dir), { recursive: true });
}

async function timed<T>(
  phases: Record<string, number>,
  name: string,
  log: (m: string) => void,
  fn: () => Promise<T>,
): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  phases[name] = Math.round(performance.now() - t0);
  log(`${name.padEnd(22)} ${(phases[name] / 1000).toFixed(1).padStart(7)} s`);
  return out;
}

/** Builds a dataset from scratch: recreate, migrate, run every available part in one transaction, analyse, verify. */
export async function generateData(opts: {
  scale: Scale;
  target: Target;
  force?: boolean;
  verify?: boolean;
  log?: (m: string) => void;
}): Promise<Manifest> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const { scale, target } = opts;
  const phases: Record<string, number> = {};
  const t0 = performance.now();
  log(`bench:data scale=${scale.name} → ${describeTarget(target)}`);
  await timed(phases, 'recreate', log, async () =>
    target.kind === 'postgres'
      ? recreateDatabase(target.url, !!opts.force)
      : recreateDataDir(target.dataDir, !!opts.force),
  );
  const database = await timed(phases, 'open', log, () =>
    openDatabase(target.kind === 'postgres' ? { url: target.url } : { dataDir: target.dataDir }),
  );
  try {
    await timed(phases, 'migrate', log, () => migrateToLatest(database.db as never, MIGRATIONS));
    const exec = execOf(database.db);
    const regions = await exec<{ code: string; name: string; level: string; parent_code: string | null }>(
      `select code, name, level, parent_code from region where code like $1 and valid_to is null order by code`,
      [`${scale.regionPrefix.slice(0, 2)}%`],
    );
    const byCode = new Map(regions.map((r) => [r.code, r]));
    const counties: County[] = regions
      .filter((r) => r.level === 'county' && r.code.startsWith(scale.regionPrefix))
      .map((r) => {
        const city = byCode.get(r.parent_code ?? '');
        return {
          code: r.code,
          name: r.name,
          cityCode: city?.code ?? r.code,
          cityName: city?.name ?? '',
          townships: regions
            .filter((t) => t.level === 'township' && t.parent_code === r.code)
            .map((t) => ({ code: t.code, name: t.name })),
        };
      });
    if (counties.length === 0) throw new Error(`no counties under ${scale.regionPrefix} in the region table`);
    const classes = await exec<{ code: string }>(`select code from industry where level = 4 order by code`);
    const weightOf = (code: string) => {
      const d = Number(code.slice(0, 2));
      if (d >= 13 && d <= 43) return 3; // manufacturing
      if (d >= 63 && d <= 65) return 3; // software and IT services
      if (d >= 73 && d <= 75) return 2; // research and technical services
      if (d <= 5) return 2; // agriculture
      return 0.5;
    };
    // Weight a division, not a class: a division with many classes should not dominate.
    const perDivision = new Map<string, number>();
    for (const c of classes) perDivision.set(c.code.slice(0, 2), (perDivision.get(c.code.slice(0, 2)) ?? 0) + 1);
    const industries = {
      codes: classes.map((c) => c.code),
      cumulative: cumulativeWeights(classes.map((c) => weightOf(c.code) / perDivision.get(c.code.slice(0, 2))!)),
    };
    const tables = new Set(
      (
        await exec<{ table_name: string }>(
          `select table_name from information_schema.tables where table_schema = 'public'`,
        )
      ).map((r) => r.table_name),
    );
    const passwordHash = await timed(phases, 'password-hash', log, () => hashPassword(BENCH_PASSWORD));

    const parts: Manifest['parts'] = [];
    const ctxBase = {
      scale,
      target,
      rng: new Rng(SEED),
      actor: { id: null, name: 'bench-data', ip: null },
      counties,
      industries,
      password: BENCH_PASSWORD,
      passwordHash,
      users: [],
      enterprises: [],
      tables,
      facts: {},
      log,
    };
    let ctx!: GenContext;
    await database.db.transaction().execute(async (trx) => {
      const texec = execOf(trx);
      const audit = new AuditAppender(texec);
      await audit.start();
      ctx = { ...ctxBase, exec: texec, audit };
      for (const part of PARTS) {
        const reason = await part.pendingReason(ctx);
        if (reason) {
          log(`${part.name.padEnd(22)} pending: ${reason}`);
          parts.push({ name: part.name, description: part.description, status: 'pending', reason });
          continue;
        }
        const p0 = performance.now();
        const res = await timed(phases, part.name, log, () => part.run(ctx));
        parts.push({
          name: part.name,
          description: part.description,
          status: 'done',
          ms: Math.round(performance.now() - p0),
          rows: res.rows,
        });
      }
      await timed(phases, 'audit-finish', log, () => audit.finish());
    });
    await timed(phases, 'analyze', log, async () => {
      if (target.kind === 'postgres') await exec('vacuum analyze');
      else await exec('analyze');
    });
    if (opts.verify !== false) {
      const res = await timed(phases, 'verify-audit-chain', log, () => verifyAuditChain(database.db));
      if (!res.ok) throw new Error(`audit chain does not verify: ${JSON.stringify(res.problems.slice(0, 3))}`);
      log(`audit chain verified: ${res.checked} rows`);
    }
    const counts: Record<string, number> = {};
    for (const t of [
      'app_user',
      'enterprise',
      'enterprise_yearly',
      'qualification',
      'enterprise_event',
      'audit_log',
      ...[...tables]
        .filter((t) =>
          /^(application|project|rd_|tech_platform|tech_demand|liaison_|achievement|award_|cooperation_|commissioner|service_event|attachment$)/.test(
            t,
          ),
        )
        .sort(),
    ]) {
      if (!tables.has(t)) continue;
      counts[t] = Number((await exec<{ n: string | number }>(`select count(*) as n from ${t}`))[0].n);
    }
    if (target.kind === 'postgres') {
      counts.database_bytes = Number(
        (await exec<{ n: string | number }>('select pg_database_size(current_database()) as n'))[0].n,
      );
    }
    phases.total = Math.round(performance.now() - t0);
    log(`total ${(phases.total / 1000).toFixed(1)} s; rows: ${JSON.stringify(counts)}`);
    const manifest: Manifest = {
      scale: scale.name,
      target,
      seed: SEED,
      generatedAt: new Date().toISOString(),
      password: BENCH_PASSWORD,
      users: ctx.users,
      counts,
      parts,
      phases,
      facts: ctx.facts,
    };
    mkdirSync(dirname(manifestPath(target)), { recursive: true });
    writeFileSync(manifestPath(target), JSON.stringify(manifest, null, 2));
    return manifest;
  } finally {
    await database.close();
  }
}
