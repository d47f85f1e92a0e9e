import { relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BENCH_DIR = resolve(ROOT, 'bench');
export const DATA_DIR = resolve(BENCH_DIR, 'data');
export const RESULTS_DIR = resolve(BENCH_DIR, 'results');
export const PG_ADMIN_URL_DEFAULT = 'postgres://postgres@127.0.0.1:5432/postgres';

export type ScaleName = 'tiny' | 'county' | 'city' | 'province';

/** How much data a scale holds and where it goes by default. */
export interface Scale {
  name: ScaleName;
  /** The region the data covers: a province (62), a city (6211) or a county (621122). */
  regionPrefix: string;
  /** The 6-digit code of that region: the region of the staff account the load signs in as. */
  regionCode: string;
  /** The county that receives the (g) import and whose staff account runs it. */
  importCounty: string;
  enterprises: number;
  years: number[];
  qualifications: number;
  applications: number;
  rdPeriods: number;
  rdForms: number;
  /** Enterprise accounts that submit their own applications in (e), and the open calls of each county. */
  applicantAccounts: number;
  openCallsPerCounty: number;
  backend: 'postgres' | 'pglite';
  defaultDatabase?: string;
  defaultDataDir?: string;
}

const YEARS = [2022, 2023, 2024];

export const SCALES: Record<ScaleName, Scale> = {
  province: {
    name: 'province',
    regionPrefix: '62',
    regionCode: '620000',
    importCounty: '621122',
    enterprises: 100_000,
    years: YEARS,
    qualifications: 30_000,
    applications: 50_000,
    rdPeriods: 2,
    rdForms: 40_000,
    applicantAccounts: 300,
    openCallsPerCounty: 12,
    backend: 'postgres',
    defaultDatabase: 'kc_bench',
  },
  city: {
    name: 'city',
    regionPrefix: '6211',
    regionCode: '621100',
    importCounty: '621122',
    enterprises: 7_150,
    years: YEARS,
    qualifications: 2_150,
    applications: 3_575,
    rdPeriods: 2,
    rdForms: 2_860,
    applicantAccounts: 100,
    openCallsPerCounty: 8,
    backend: 'postgres',
    defaultDatabase: 'kc_bench_city',
  },
  county: {
    name: 'county',
    regionPrefix: '621122',
    regionCode: '621122',
    importCounty: '621122',
    enterprises: 1_250,
    years: YEARS,
    qualifications: 375,
    applications: 625,
    rdPeriods: 2,
    rdForms: 500,
    applicantAccounts: 45,
    openCallsPerCounty: 8,
    backend: 'pglite',
    defaultDataDir: resolve(DATA_DIR, 'pglite-county'),
  },
  tiny: {
    name: 'tiny',
    regionPrefix: '621122',
    regionCode: '621122',
    importCounty: '621122',
    enterprises: 200,
    years: YEARS,
    qualifications: 60,
    applications: 100,
    rdPeriods: 2,
    rdForms: 80,
    applicantAccounts: 8,
    openCallsPerCounty: 3,
    backend: 'pglite',
    defaultDataDir: resolve(DATA_DIR, 'pglite-tiny'),
  },
};

export function scaleOf(name: string | undefined): Scale {
  const s = SCALES[(name ?? 'county') as ScaleName];
  if (!s) throw new Error(`unknown scale "${name}" (county | city | province | tiny)`);
  return s;
}

/** Where a dataset lives: a PostgreSQL database or a PGlite data directory. */
export type Target = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export function targetOf(scale: Scale, opts: { databaseUrl?: string; dataDir?: string }): Target {
  if (opts.databaseUrl) return { kind: 'postgres', url: opts.databaseUrl };
  if (opts.dataDir) return { kind: 'pglite', dataDir: resolve(opts.dataDir) };
  if (scale.backend === 'postgres') {
    return { kind: 'postgres', url: `postgres://postgres@127.0.0.1:5432/${scale.defaultDatabase}` };
  }
  return { kind: 'pglite', dataDir: scale.defaultDataDir! };
}

/** The manifest the generator writes beside the data and the runner reads. */
export function manifestPath(target: Target): string {
  if (target.kind === 'pglite') return `${target.dataDir.replace(/\/+$/, '')}.manifest.json`;
  const db = new URL(target.url).pathname.replace(/^\//, '') || 'postgres';
  return resolve(DATA_DIR, `manifest-pg-${db}.json`);
}

/** The target as the results name it (a data directory relative to the repository, a URL without its password). */
export function describeTarget(t: Target): string {
  if (t.kind === 'pglite') return `PGlite ${relative(ROOT, resolve(t.dataDir)) || '.'}`;
  const u = new URL(t.url);
  if (u.password) u.password = '***';
  return `PostgreSQL ${u.toString()}`;
}
