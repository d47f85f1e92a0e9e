import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('the day the demo lives until', () => {
  it('is the clock’s by default, a fixed date, or the demo as recorded', () => {
    expect(loadConfig([], {}).demoToday).toBeUndefined();
    expect(loadConfig(['--demo-today', '2027-03-01'], {}).demoToday).toBe('2027-03-01');
    expect(loadConfig([], { KC_DEMO_TODAY: 'recorded' }).demoToday).toBeNull();
  });

  it('refuses anything else, saying what it takes', () => {
    expect(() => loadConfig(['--demo-today=tomorrow'], {})).toThrow(/须为日期（如 2026-12-07）或 recorded/);
  });
});

describe('operations settings', () => {
  it('waits 25 s for a stop unless told, and refuses a wait that is no number of milliseconds', () => {
    expect(loadConfig([], {}).shutdownTimeoutMs).toBe(25_000);
    expect(loadConfig([], { KC_SHUTDOWN_TIMEOUT_MS: '5000' }).shutdownTimeoutMs).toBe(5000);
    expect(() => loadConfig([], { KC_SHUTDOWN_TIMEOUT_MS: '5s' })).toThrow(/KC_SHUTDOWN_TIMEOUT_MS 须为非负整数/);
  });

  it('reads on a replica only beside a primary, and lets it lag 30 s unless told', () => {
    const primary = 'postgres://app@db/kc';
    const replica = 'postgres://app@replica/kc';
    expect(loadConfig([], { DATABASE_READ_URL: replica }).databaseReadUrl).toBeNull();
    expect(loadConfig([], { DATABASE_URL: primary, DATABASE_READ_URL: replica }).databaseReadUrl).toBe(replica);
    expect(loadConfig([], {}).readMaxLagMs).toBe(30_000);
    expect(loadConfig([], { KC_READ_MAX_LAG_MS: '5000' }).readMaxLagMs).toBe(5000);
    expect(() => loadConfig([], { KC_READ_MAX_LAG_MS: '-1' })).toThrow(/KC_READ_MAX_LAG_MS 须为非负整数/);
  });

  it('keeps /metrics closed by default, and refuses a token too short to be a secret', () => {
    expect(loadConfig([], {}).metrics).toEqual({ token: null, allow: [] });
    expect(loadConfig([], { KC_METRICS_TOKEN: 'a-long-enough-secret' }).metrics.token).toBe('a-long-enough-secret');
    expect(() => loadConfig([], { KC_METRICS_TOKEN: 'short' })).toThrow(/KC_METRICS_TOKEN 至少 16 个字符/);
  });
});
