import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';
import { containing, startingWith } from './like-pattern';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('LIKE patterns for a search keyword', () => {
  it('escapes %, _ and backslash so they match only themselves', () => {
    expect(containing('100%')).toBe('%100\\%%');
    expect(containing('A_B')).toBe('%A\\_B%');
    expect(containing('a\\b')).toBe('%a\\\\b%');
    expect(startingWith('9162_')).toBe('9162\\_%');
  });

  it('finds the literal characters in the database and nothing else', async () => {
    const rows = await sql<{ v: string }>`
      select v from (values ('完成率100%'), ('完成率1000'), ('A_B'), ('AxB'), ('a\\b'), ('ab')) as t(v)
      where v like ${containing('100%')} or v like ${containing('A_B')} or v like ${containing('a\\b')}`.execute(t.db);
    expect(rows.rows.map((r) => r.v).sort()).toEqual(['A_B', 'a\\b', '完成率100%'].sort());
  });

  it('a search for "%" or "_" in a list finds no enterprise instead of every one', async () => {
    const staff = await t.as('staff');
    const all = (await staff.get('/api/v1/enterprises')).json();
    expect(all.total).toBeGreaterThan(0);
    for (const keyword of ['%', '_', '%%']) {
      const found = (await staff.get(`/api/v1/enterprises?keyword=${encodeURIComponent(keyword)}`)).json();
      expect(found.total, keyword).toBe(0);
    }
  });
});
