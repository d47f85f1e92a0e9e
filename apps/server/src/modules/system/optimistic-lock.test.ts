import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('optimistic locking', () => {
  it('refuses a stale version with 409 and keeps the first writer’s change', async () => {
    const a = await t.as('admin');
    const b = await t.as('admin');
    const items = (await a.get('/api/v1/dicts/project_level/items')).json();
    const item = items.find((x: { value: string }) => x.value === 'county');
    const first = await a.put(`/api/v1/dict-items/${item.id}`, {
      value: 'county',
      label: '县级（甲改）',
      version: item.version,
      sort: 3,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(item.version + 1);
    const second = await b.put(`/api/v1/dict-items/${item.id}`, {
      value: 'county',
      label: '县级（乙改）',
      version: item.version,
      sort: 3,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('VERSION_CONFLICT');
    expect(second.json().error.message).toContain('已被他人修改');
    const now = await t.db
      .selectFrom('dict_item')
      .select(['label', 'version'])
      .where('id', '=', item.id)
      .executeTakeFirstOrThrow();
    expect(now).toEqual({ label: '县级（甲改）', version: item.version + 1 });
  });

  it('lets exactly one of two simultaneous updates win', async () => {
    const a = await t.as('admin');
    const p = await t.db
      .selectFrom('sys_param')
      .selectAll()
      .where('key', '=', 'system.upload_max_mb')
      .executeTakeFirstOrThrow();
    const [r1, r2] = await Promise.all([
      a.put('/api/v1/params/system.upload_max_mb', { version: p.version, value: '30' }),
      a.put('/api/v1/params/system.upload_max_mb', { version: p.version, value: '40' }),
    ]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([200, 409]);
    const now = await t.db
      .selectFrom('sys_param')
      .select(['value', 'version'])
      .where('key', '=', p.key)
      .executeTakeFirstOrThrow();
    expect(now.version).toBe(p.version + 1);
    expect(now.value).toBe(r1.statusCode === 200 ? '30' : '40');
  });

  it('answers 404 for a row that does not exist, not 409', async () => {
    const a = await t.as('admin');
    const res = await a.put('/api/v1/dict-items/999999', { value: 'x', label: 'x', version: 1 });
    expect(res.statusCode).toBe(404);
  });
});
