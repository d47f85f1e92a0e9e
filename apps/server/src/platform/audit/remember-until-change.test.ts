import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';
import { writeAudit } from './audit.writer';
import { rememberUntilChange } from './remember-until-change';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const auditSomething = () =>
  t.db
    .transaction()
    .execute((trx) =>
      writeAudit(trx, { id: null, name: 'test', ip: null }, { action: 'test.change', regionCode: '621122' }),
    );

describe('remembering what is computed until the next audited change', () => {
  it('computes a key once while no change is audited, and again after one', async () => {
    const asOfNow = rememberUntilChange({ maxEntries: 10 });
    let computed = 0;
    const compute = async () => ++computed;

    expect(await (await asOfNow(t.db))(['a', 1], compute)).toBe(1);
    expect(await (await asOfNow(t.db))(['a', 1], compute)).toBe(1);
    // Another key is a value of its own.
    expect(await (await asOfNow(t.db))(['a', 2], compute)).toBe(2);

    await auditSomething();
    expect(await (await asOfNow(t.db))(['a', 1], compute)).toBe(3);
  });

  it('shares one computation between concurrent requests and forgets a failed one', async () => {
    const asOfNow = rememberUntilChange({ maxEntries: 10 });
    const remember = await asOfNow(t.db);
    let computed = 0;
    const slow = () => new Promise<number>((ok) => setImmediate(() => ok(++computed)));
    expect(await Promise.all([remember(['b'], slow), remember(['b'], slow)])).toEqual([1, 1]);

    await expect(remember(['c'], () => Promise.reject(new Error('库忙')))).rejects.toThrow('库忙');
    expect(await remember(['c'], async () => 'after')).toBe('after');
  });

  it('forgets the oldest keys past its size, and keys older than its age', async () => {
    let computed = 0;
    const compute = async () => ++computed;
    const small = await rememberUntilChange({ maxEntries: 1 })(t.db);
    await small(['x'], compute);
    await small(['y'], compute);
    expect(await small(['x'], compute)).toBe(3);

    const shortLived = await rememberUntilChange({ maxEntries: 10, maxAgeMs: -1 })(t.db);
    await shortLived(['x'], compute);
    expect(await shortLived(['x'], compute)).toBe(5);
  });

  it('lets go of what was computed before a change, and does not remember for a request that began before it', async () => {
    const asOfNow = rememberUntilChange({ maxEntries: 10 });
    let computed = 0;
    const compute = async () => ++computed;
    const before = await asOfNow(t.db);
    expect(await before(['table'], compute)).toBe(1);

    await auditSomething();
    const after = await asOfNow(t.db);
    expect(await after(['table'], compute)).toBe(2);
    expect(await after(['table'], compute)).toBe(2);
    // The request that read the older state is answered, but its answers are not kept over the newer ones.
    expect(await before(['table'], compute)).toBe(3);
    expect(await before(['other'], compute)).toBe(4);
    expect(await before(['other'], compute)).toBe(5);
    expect(await after(['table'], compute)).toBe(2);
    expect(await after(['other'], compute)).toBe(6);
  });
});
