import { resolve } from 'node:path';
import { metricsAccessFrom, type MetricsAccess } from './http/metrics-access';

/** Runtime configuration, from command-line flags first, then environment variables. */
export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** A streaming replica of databaseUrl's database for dashboards, reports and exports (DATABASE_READ_URL). */
  databaseReadUrl: string | null;
  /** How far behind (ms) the replica's last replayed transaction may be before reads go to the primary. */
  readMaxLagMs: number;
  webDist: string | null;
  secureCookies: boolean;
  /** Addresses (or CIDR ranges) of the reverse proxies whose X-Forwarded-For is believed; none by default. */
  trustedProxies: string[];
  seedDemo: boolean;
  /**
   * The day the demo lives until: undefined for the clock's day, a date (YYYY-MM-DD) for a fixed one, null for the
   * demo as recorded in 2022 (`--demo-today recorded`).
   */
  demoToday: string | null | undefined;
  logLevel: string;
  /** Who may read `/metrics` (KC_METRICS_TOKEN, KC_METRICS_ALLOW). */
  metrics: MetricsAccess;
  /** How long a stop (SIGTERM/SIGINT) waits for requests and jobs in hand before it gives up (KC_SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs: number;
}

function demoToday(value: string | undefined): string | null | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'recorded') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  throw new Error(`--demo-today / KC_DEMO_TODAY 须为日期（如 2026-12-07）或 recorded，收到“${value}”`);
}

function milliseconds(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`${name} 须为非负整数（毫秒），收到“${value}”`);
  return Number(value);
}

/** The value of `--name value` or `--name=value`, or undefined. */
export function flag(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const a = argv[i];
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
}

/** Reads `--port`, `--host`, `--data-dir`, `--no-demo` and the matching environment variables. */
export function loadConfig(argv: string[] = process.argv.slice(2), env = process.env): AppConfig {
  const port = Number(flag(argv, 'port') ?? env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效：${port}`);
  return {
    port,
    host: flag(argv, 'host') ?? env.HOST ?? '0.0.0.0',
    dataDir: resolve(flag(argv, 'data-dir') ?? env.KC_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || null,
    databaseReadUrl: (env.DATABASE_URL && env.DATABASE_READ_URL) || null,
    readMaxLagMs: milliseconds('KC_READ_MAX_LAG_MS', env.KC_READ_MAX_LAG_MS, 30_000),
    webDist: env.KC_WEB_DIST ?? resolve(import.meta.dirname, '../../../web/dist'),
    secureCookies: env.KC_SECURE_COOKIES === 'true',
    trustedProxies: (flag(argv, 'trusted-proxies') ?? env.KC_TRUSTED_PROXIES ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
    seedDemo: !argv.includes('--no-demo') && env.KC_SEED_DEMO !== 'false',
    demoToday: demoToday(flag(argv, 'demo-today') ?? env.KC_DEMO_TODAY),
    logLevel: env.LOG_LEVEL ?? 'warn',
    metrics: metricsAccessFrom(env),
    shutdownTimeoutMs: milliseconds('KC_SHUTDOWN_TIMEOUT_MS', env.KC_SHUTDOWN_TIMEOUT_MS, 25_000),
  };
}
