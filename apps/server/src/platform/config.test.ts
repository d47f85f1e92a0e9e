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
