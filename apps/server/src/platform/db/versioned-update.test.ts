import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';
import { updateVersioned } from './versioned-update';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const readItem = (id: number) => t.db.selectFrom('enterprise').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('updateVersioned (one statement: lock, update, both rows back)', () => {
  it('returns the whole row before and after, as selectAll reads them', async () => {
    const stored = await t.db.selectFrom('enterprise').selectAll().orderBy('id').limit(1).executeTakeFirstOrThrow();
    const { before, after } = await t.db
      .transaction()
      .execute((trx) => updateVersioned<Record<string, unknown>>(trx, { table: 'enterprise', key: 'id', id: stored.id, version: stored.version, set: { address: '新地址 1 号', contact_name: undefined }, what: '企业信息', userId: null }));
    expect(before).toEqual(stored);
    expect(Object.keys(before)).toEqual(Object.keys(stored));
    const now = await readItem(stored.id);
    expect(after).toEqual(now);
    expect(now).toMatchObject({ address: '新地址 1 号', version: stored.version + 1, contact_name: stored.contact_name, updated_by: null });
  });

  it('throws 409 for a stale version and 404 for a missing row, changing nothing', async () => {
    const stored = await t.db.selectFrom('enterprise').selectAll().orderBy('id').limit(1).executeTakeFirstOrThrow();
    const attempt = (id: number, version: number) =>
      t.db.transaction().execute((trx) => updateVersioned(trx, { table: 'enterprise', key: 'id', id, version, set: { address: '不该写入' }, what: '企业信息', userId: null }));
    await expect(attempt(stored.id, stored.version - 1)).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    await expect(attempt(999_999_999, 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await readItem(stored.id)).toEqual(stored);
  });
});
